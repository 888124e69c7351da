package fr.metrograph.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normal forms the scorer compares: person keys, slugs, city keys and loose role
 * titles. Pure functions, linear in the length of the text.
 */
final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** A middle dot or dot of inclusive writing between letters: "élu·es", "élu.e.s". */
	private static final Pattern INCLUSIVE = Pattern.compile("(?<=\\p{L})[·.•](?=\\p{L})");

	private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

	private static final Set<String> HONORIFICS = Set.of("m", "mr", "mme", "madame", "monsieur", "mlle", "mademoiselle",
			"dr", "docteur", "docteure", "pr", "professeur", "professeure", "me");

	private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l");

	private static final Pattern CITY_PREFIX = Pattern
		.compile("^(?:ville|mairie|commune)-(?:de-la-|de-l-|de-|d-|des-|du-)");

	private Names() {
	}

	/** Lower case, accents removed, œ and æ spelt out. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
	}

	/** Folded words joined by hyphens: {@code "Coop'Agora" → "coop-agora"}. */
	static String slug(String text) {
		String folded = INCLUSIVE.matcher(fold(text)).replaceAll("");
		String slug = NON_ALNUM.matcher(folded).replaceAll("-");
		return trimHyphens(slug);
	}

	/** Folded words joined by single spaces, for alias look-ups. */
	static String words(String text) {
		return slug(text).replace('-', ' ');
	}

	/**
	 * The key of a person's name: folded words, honorifics dropped, in alphabetical order
	 * (so that "FERRIER Amandine" and "Mme Amandine Ferrier" have the same key), or null
	 * when nothing is left.
	 */
	static String personKey(String name) {
		if (name == null) {
			return null;
		}
		List<String> tokens = new ArrayList<>(Arrays.asList(words(name).split(" ")));
		tokens.removeIf((t) -> t.isEmpty() || HONORIFICS.contains(t));
		if (tokens.isEmpty()) {
			return null;
		}
		tokens.sort(null);
		return String.join(" ", tokens);
	}

	/**
	 * The key of a city: its slug without a leading article ("Les Sorinières" →
	 * {@code sorinieres}); a commune id or name ({@code ville-des-sorinieres}, "Ville de
	 * Lyon") loses its "ville de" first.
	 */
	static String cityKey(String cityOrCommune) {
		String s = CITY_PREFIX.matcher(slug(cityOrCommune)).replaceFirst("");
		for (String article : ARTICLES) {
			if (s.startsWith(article + "-")) {
				s = s.substring(article.length() + 1);
				break;
			}
		}
		return s;
	}

	/** Whether a body's name denotes a city ("Ville de X", "Mairie de X"). */
	static boolean isCommuneName(String body) {
		return CITY_PREFIX.matcher(slug(body)).find();
	}

	/**
	 * The head of a role title, for loose comparison: its first word, or its first two
	 * when the first is "vice" ("Vice-présidente de …" → {@code vice president}), with
	 * gender and number folded ("chargée" and "chargé", "directrice" and "directeur",
	 * "cheffe" and "chef", "conseillère" and "conseiller").
	 */
	static String titleHead(String title) {
		List<String> tokens = new ArrayList<>(Arrays.asList(words(title).split(" ")));
		tokens.removeIf((t) -> t.isEmpty() || t.equals("1er") || t.equals("1ere") || t.equals("premier")
				|| t.equals("premiere"));
		if (tokens.isEmpty()) {
			return "";
		}
		String first = tokens.get(0);
		if ((first.equals("vice") || first.equals("co")) && tokens.size() > 1) {
			return first + " " + stem(tokens.get(1));
		}
		return stem(first);
	}

	/** Folds the feminine and plural endings of a French title word. */
	static String stem(String word) {
		String w = word;
		if (w.endsWith("s") && w.length() > 3) {
			w = w.substring(0, w.length() - 1);
		}
		if (w.endsWith("rice")) {
			w = w.substring(0, w.length() - 4) + "eur";
		}
		else if (w.endsWith("ffe")) {
			w = w.substring(0, w.length() - 2);
		}
		else if (w.endsWith("ere")) {
			w = w.substring(0, w.length() - 3) + "er";
		}
		else if (w.endsWith("e") && w.length() > 3) {
			w = w.substring(0, w.length() - 1);
		}
		if (w.endsWith("e") && w.length() > 3) {
			// "chargée" → "charge" → "charg", like "chargé" → "charg"
			w = w.substring(0, w.length() - 1);
		}
		return w;
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
