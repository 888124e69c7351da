package fr.metrograph.ingest.find.annual;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.themes.Themes;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * Experience-sharing sessions of an annual summary: the bullets under a line "…retours
 * d'expérience… :", each "THEME à partir des exemples de X et de Y" (or "sur la base du
 * questionnaire porté par X et Y"). One {@code experience_sharing} meeting per bullet,
 * about the theme, with the bodies named after as presenters: bare city names count
 * there, as the metropolises presenting.
 */
public final class ExperienceSharingFinder implements Finder {

	private static final Pattern EXPERIENCE = Pattern.compile("(?iU)retours? d['’]exp[ée]riences?");

	private static final Pattern FROM_EXAMPLES = Pattern.compile(
			"(?iU)\\s(?:[àa] partir|sur la base|au travers)\\s+(?:des?|du|de l['’]|de la)\\s*(?:exemples?|questionnaires?|exp[ée]riences?|travaux|retours?)?");

	private static final Pattern BULLET = Pattern.compile("^[•\\-*·–▪◦].*");

	@Override
	public String name() {
		return "annual-experience-sharing";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		if (context.year() == null) {
			return;
		}
		String group = Numbers.group(context.group());
		TextLines doc = context.lines();
		int index = 0;
		for (int n = doc.first(); n <= doc.last(); n++) {
			if (!EXPERIENCE.matcher(doc.line(n)).find() || !doc.line(n).strip().endsWith(":")) {
				continue;
			}
			for (int k = n + 1; k <= doc.last(); k++) {
				String line = doc.line(k).strip();
				if (line.isEmpty()) {
					continue;
				}
				if (!BULLET.matcher(line).matches()) {
					break;
				}
				String item = line.replaceFirst("^[•\\-*·–▪◦]\\s*", "");
				Matcher from = FROM_EXAMPLES.matcher(item);
				if (from.find()) {
					context.claim(k);
					session(context, group, ++index, item.substring(0, from.start()), item.substring(from.end()),
							doc.evidence(k, k));
				}
			}
		}
	}

	private static void session(ExtractionContext context, String group, int index, String themeText, String who,
			Evidence ev) {
		String themeId = context.findings().theme(themeText, ev);
		String id = Ids.experienceSharing(group, context.year(), index);
		context.findings()
			.meeting(new MeetingFact(id, "Retour d'expérience : " + Themes.normalise(themeText), null, null,
					context.year(), Format.UNKNOWN, null, "experience_sharing", null, false, null, group,
					List.of(themeId), ev));
		for (BodyMatch b : context.reference().find(who)) {
			if (b.isBody()) {
				context.findings().participation(b.id(), b.metropolis(), id, "presenter", ev);
				if (b.metropolis()) {
					context.findings().metropolis(b.id(), b.asWritten(), ev);
				}
			}
		}
	}

}
