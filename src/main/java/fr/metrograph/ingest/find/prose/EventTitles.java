package fr.metrograph.ingest.find.prose;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an event told in prose, read from the words around its noun: "Rencontre des
 * élu·es des métropoles participatives", "Deuxième séminaire des agent·es", "Table ronde
 * « Les budgets participatifs »".
 */
final class EventTitles {

	private static final Pattern ORDINAL = Pattern.compile(
			"(?iU)(?:\\b(?:premi[èe]re?|deuxi[èe]me|second[e]?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me|huiti[èe]me|neuvi[èe]me|dixi[èe]me|derni[èe]re?|grande?s?|nouvelle?s?|\\d{1,2}(?:e|[èe]me|[èe]re|er|re))\\s+)$");

	private static final Pattern WORD = Pattern
		.compile("\\G\\s*(«[^»]{1,150}»|\"[^\"]{1,150}\"|“[^”]{1,150}”|[\\p{L}\\p{N}'’·\\-]+)");

	private static final Set<String> TITLE_STOPS = Set.of("a", "à", "au", "aux", "en", "se", "s'", "s’", "ont", "est",
			"sera", "seront", "aura", "auront", "qui", "que", "qu'", "avec", "par", "pour", "dans", "chez", "ce",
			"cette", "via", "sont", "était", "étaient", "lors", "ainsi", "afin", "où", "dont", "y", "il", "elle", "ils",
			"elles", "nous", "on", "vous", "puis", "mais", "ou", "car", "donc", "lundi", "mardi", "mercredi", "jeudi",
			"vendredi", "samedi", "dimanche", "organisé", "organisée", "organisés", "organisées", "co-organisé",
			"co-organisée", "proposé", "proposée", "accueilli", "accueillie", "accueillis", "accueillies", "animé",
			"animée", "réunissant", "rassemblant", "consacrée", "consacré", "ouvert", "ouverte", "prévu", "prévue",
			"tenu", "tenue", "intitulé", "intitulée", "depuis", "dès", "entre", "sous", "après", "avant", "pendant",
			"durant", "selon", "comme", "lorsque", "quand");

	private static final Pattern DATE_AHEAD = Pattern
		.compile("(?iU)\\s*(?:\\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)");

	private static final Set<String> TRAILING = Set.of("de", "des", "du", "d'", "d’", "la", "l'", "l’", "et", "sur",
			"autour", "le", "les", "un", "une", "of", "the");

	private EventTitles() {
	}

	/**
	 * The event's name: its noun, an ordinal before it, and the words after it up to a
	 * verb, a date, a place or a comma.
	 * @param sentence the sentence
	 * @param nounStart where the noun starts
	 * @param nounEnd where the noun ends
	 * @param stopAt an offset not to pass (the date), or -1
	 * @return the name, capitalised
	 */
	static String of(String sentence, int nounStart, int nounEnd, int stopAt) {
		int start = nounStart;
		Matcher o = ORDINAL.matcher(sentence.substring(Math.max(0, nounStart - 30), nounStart));
		if (o.find()) {
			start = Math.max(0, nounStart - 30) + o.start();
		}
		int end = nounEnd;
		Matcher w = WORD.matcher(sentence);
		w.region(nounEnd, (stopAt > nounEnd) ? stopAt : sentence.length());
		int words = 0;
		int lastGood = nounEnd;
		String previous = sentence.substring(nounStart, nounEnd);
		previous = previous.substring(previous.lastIndexOf(' ') + 1);
		while (words < 14 && w.find()) {
			String word = w.group(1);
			String lower = word.toLowerCase(Locale.ROOT);
			if (word.matches("[-–—|·•/]+")) {
				break;
			}
			// "séminaire des agent·es Rouen 2023": a capital after a plain lower-case
			// word
			// starts something else (quoted names and "de Lyon" stay)
			if (Character.isUpperCase(word.codePointAt(0)) && !previous.isEmpty()
					&& Character.isLowerCase(previous.codePointAt(0)) && !TRAILING.contains(previous)
					&& !previous.endsWith("'") && !previous.endsWith("’")) {
				break;
			}
			boolean dateNext = (lower.equals("le") || lower.equals("les") || lower.equals("du"))
					&& DATE_AHEAD.matcher(sentence).region(w.end(), sentence.length()).lookingAt();
			if (dateNext || TITLE_STOPS.contains(lower) || lower.matches("\\d.*") || lower.startsWith("s'")
					|| lower.startsWith("s’") || lower.startsWith("qu'") || lower.startsWith("qu’")) {
				break;
			}
			end = w.end();
			words++;
			previous = word;
			if (!TRAILING.contains(lower) && !lower.endsWith("'") && !lower.endsWith("’")) {
				lastGood = end;
			}
		}
		String t = sentence.substring(start, Math.max(lastGood, nounEnd)).replaceAll("\\s+", " ").strip();
		return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
	}

}
