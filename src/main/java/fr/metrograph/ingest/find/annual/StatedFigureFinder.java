package fr.metrograph.ingest.find.annual;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.model.Facts.StatedFigure;

/**
 * Numbers an annual summary states that no node counts: "Cinq séances de travail", "12
 * ateliers", "3 webinaires" (but not "4 réunions, dont…", which the meeting count reads).
 * Kept as stated, with the sentence.
 */
public final class StatedFigureFinder implements Finder {

	private static final Pattern FIGURE = Pattern.compile("(?iU)(?<![\\d,])" + Numbers.NUM
			+ "\\s+(s[ée]ances de travail|r[ée]unions|rencontres|ateliers|webinaires|s[ée]minaires)\\b(?!\\s*,?\\s*dont)");

	@Override
	public String name() {
		return "annual-figure";
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
		String j = context.lines().joined();
		Matcher m = FIGURE.matcher(j);
		while (m.find()) {
			Integer n = Numbers.parse(m.group(1));
			if (n == null) {
				continue;
			}
			context.findings()
				.figure(new StatedFigure(group, figureName(m.group(2).toLowerCase(Locale.ROOT)), n, context.year(),
						context.lines().evidenceOfSpan(m.start(), sentenceEnd(j, m.end()))));
		}
	}

	private static String figureName(String what) {
		if (what.startsWith("s") && what.contains("travail")) {
			return "work_sessions";
		}
		if (what.startsWith("r")) {
			return "meetings";
		}
		if (what.startsWith("a")) {
			return "workshops";
		}
		return what.startsWith("w") ? "webinars" : "seminars";
	}

	private static int sentenceEnd(String j, int from) {
		int dot = j.indexOf('.', from);
		return (dot < 0 || dot - from > 120) ? Math.min(j.length(), from + 40) : dot + 1;
	}

}
