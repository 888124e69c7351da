package fr.metrograph.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folding and slugs: lower-case ASCII. Node ids are made from slugs by {@link Ids},
 * the one place that decides every id. Accents are stripped, inclusive-writing dots and
 * middle dots dropped, everything else that is not a letter or digit becomes a single
 * hyphen. {@code Slugs.of("Élu·es de Nantes Métropole") = "elues-de-nantes-metropole"}.
 */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern INCLUSIVE = Pattern.compile("(?<=\\p{L})[·.•](?=\\p{L})");

	private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/** Folds case and accents: "Élodie ÉTIENNE" becomes "elodie etienne". */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('œ', 'o').replace('æ', 'a');
	}

	/** The slug of a label. */
	public static String of(String text) {
		String folded = INCLUSIVE.matcher(fold(text)).replaceAll("");
		String slug = NON_ALNUM.matcher(folded).replaceAll("-");
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
