package fr.metrograph.ingest.find.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.MembershipFact;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * The members of the group in an annual summary's year: the metropolises listed after "le
 * groupe a réuni les agent·es de :", "les membres étaient :", "composé de :", "membres :"
 * (inline, or as the bullets that follow). Bare city names count as the metropolis there
 * ("Grenoble", "Nancy"): it is a list of the group's members.
 */
public final class MembershipFinder implements Finder {

	private static final Pattern MEMBERS = Pattern.compile(
			"(?iU)(?:a r[ée]uni|r[ée]unit|r[ée]unissait|membres [ée]taient|compos[ée] de|membres\\s*:|participants?\\s*:)[^:]*:");

	private static final Pattern BULLET = Pattern.compile("^[•\\-*·–▪◦].*");

	@Override
	public String name() {
		return "annual-members";
	}

	@Override
	public double confidence() {
		return 0.95;
	}

	@Override
	public void find(ExtractionContext context) {
		if (context.year() == null) {
			return;
		}
		String group = Numbers.group(context.group());
		int year = context.year();
		List<TextLines.Paragraph> paragraphs = context.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			TextLines.Paragraph p = paragraphs.get(i);
			String text = p.lines().joined();
			Matcher m = MEMBERS.matcher(text);
			if (!m.find()) {
				continue;
			}
			List<BodyMatch> bodies = new ArrayList<>();
			int base = m.end();
			for (BodyMatch b : context.reference().find(text.substring(base))) {
				if (b.metropolis() && b.isBody()) {
					bodies.add(b);
					context.claim(p.lines().lineAt(base + b.start()));
					add(context, b, group, year, p.lines().evidenceOfSpan(base + b.start(), base + b.end()));
				}
			}
			if (bodies.isEmpty()) {
				bullets(context, paragraphs, i + 1, group, year);
			}
			return;
		}
	}

	/** The list follows as bullets, paragraph after paragraph. */
	private void bullets(ExtractionContext context, List<TextLines.Paragraph> paragraphs, int from, String group,
			int year) {
		for (int j = from; j < paragraphs.size(); j++) {
			TextLines.Paragraph q = paragraphs.get(j);
			boolean any = false;
			for (int n = q.from(); n <= q.to(); n++) {
				String line = q.lines().line(n).strip();
				if (!BULLET.matcher(line).matches()) {
					continue;
				}
				for (BodyMatch b : context.reference().find(line)) {
					if (b.metropolis() && b.isBody()) {
						any = true;
						context.claim(n);
						add(context, b, group, year, q.lines().evidence(n, n));
						break;
					}
				}
			}
			if (!any) {
				return;
			}
		}
	}

	private static void add(ExtractionContext context, BodyMatch b, String group, int year, Evidence ev) {
		if (context.findings().memberships().stream().anyMatch((f) -> f.metropolisId().equals(b.id()))) {
			return;
		}
		context.findings().membership(new MembershipFact(b.id(), group, year, ev));
		context.findings().metropolis(b.id(), b.asWritten(), ev);
	}

}
