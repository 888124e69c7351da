package fr.metrograph.ingest.find.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.themes.Themes;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.PlannedThemeFact;
import fr.metrograph.ingest.split.TextLines;

/**
 * Themes an annual summary plans for a coming year: in the plan sentences ("Il est
 * prévu…", "nous prévoyons", "le groupe souhaite", "pour l'année prochaine", "à venir"),
 * the actions ("l'écriture de…", "l'actualisation du…", "la révision des…") and the
 * themes enumerated after "thèmes :" or in parentheses. The year is the one of the "Et
 * pour Y ?" / "Perspectives Y" heading, else the document's year + 1.
 */
public final class PlannedThemeFinder implements Finder {

	private static final Pattern PLAN = Pattern.compile(
			"(?iU)(?:il est pr[ée]vu|nous pr[ée]voyons|(?:le groupe|il|nous) (?:souhaite|pr[ée]voit|envisage|pr[ée]pare)|pour l['’]ann[ée]e prochaine|l['’]an prochain|[àa] venir)");

	private static final Pattern PLAN_HEADING = Pattern.compile("(?iU)\\b(?:et pour|perspectives)\\s+(\\d{4})");

	private static final Pattern ACTION_NOUN = Pattern.compile(
			"(?iU)\\b(?:l['’]|une?\\s+|la\\s+|le\\s+)?((?:[ée]criture|actualisation|r[ée]vision|[ée]laboration|refonte|mise à jour|r[ée]daction|renouvellement|[ée]volution)\\s+(?:de la|de l['’]|des|du|de|d['’])\\s*[^.,;()]+?)(?=\\s+et\\s+(?:l['’]|les?\\s|la\\s|d)|[.,;()]|\\s*$)");

	private static final Pattern ENUM_AFTER = Pattern
		.compile("(?iU)(?:th[èe]mes?|chantiers?|sujets?)\\s*(?:\\(([^)]*)\\)|:\\s*([^.]*))");

	private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:\\.{3}\\)?|[.!?…]+\\)?|$)");

	@Override
	public String name() {
		return "annual-plans";
	}

	@Override
	public double confidence() {
		return 0.8;
	}

	@Override
	public void find(ExtractionContext context) {
		String group = Numbers.group(context.group());
		Integer forYear = forYear(context);
		if (forYear == null) {
			return;
		}
		List<String> done = new ArrayList<>();
		for (TextLines.Paragraph p : context.paragraphs()) {
			String text = p.lines().joined();
			if (!PLAN.matcher(text).find()) {
				continue;
			}
			for (Matcher sm = SENTENCE.matcher(text); sm.find();) {
				Evidence ev = p.lines().evidenceOfSpan(sm.start(), sm.end());
				for (String label : labels(sm.group())) {
					String norm = Themes.normalise(label);
					if (norm.length() < 3 || norm.split(" ").length > 9) {
						continue;
					}
					String id = Themes.id(norm);
					if (done.contains(id)) {
						continue;
					}
					done.add(id);
					context.findings().theme(norm, ev);
					context.findings().planned(new PlannedThemeFact(group, id, forYear, ev));
				}
			}
		}
	}

	private static Integer forYear(ExtractionContext context) {
		Matcher h = PLAN_HEADING.matcher(context.lines().joined());
		if (h.find()) {
			return Integer.valueOf(h.group(1));
		}
		return (context.year() != null) ? context.year() + 1 : null;
	}

	private static List<String> labels(String sentence) {
		List<String> labels = new ArrayList<>();
		Matcher a = ACTION_NOUN.matcher(sentence);
		while (a.find()) {
			labels.add(a.group(1));
		}
		Matcher e = ENUM_AFTER.matcher(sentence);
		while (e.find()) {
			String list = (e.group(1) != null) ? e.group(1) : e.group(2);
			for (String piece : list.split("\\s*(?:,|;|\\bet\\b(?= l| le| la| les| d))\\s*")) {
				if (!piece.isBlank() && !labels.contains(piece)) {
					labels.add(piece);
				}
			}
		}
		return labels;
	}

}
