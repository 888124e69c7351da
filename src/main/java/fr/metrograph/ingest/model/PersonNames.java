package fr.metrograph.ingest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;

/**
 * Person-name normalisation and conservative fuzzy matching, shared by the extractor
 * (within a document) and the loader (across documents).
 * <ul>
 * <li>{@link #key(String)}: honorifics stripped, case and accents folded, hyphens and
 * spaces folded to one space: "Mme. Christelle SCUOTTO-CALVEZ" → "christelle scuotto
 * calvez".</li>
 * <li>{@link #displayName(String)}: canonical display form: words written in capitals
 * become Title-Case (each hyphenated part), the particles de/du/des/d' are lower-case
 * inside a surname, Le/La keep a capital: "Yohan LE COCQ" → "Yohan Le Cocq", "Astrid
 * BIDEAULT-LE BRET" → "Astrid Bideault-Le Bret".</li>
 * <li>{@link #likelySame(String, String)}: see its Javadoc for the rule.</li>
 * </ul>
 * The first word is taken as the first name (compound first names are hyphenated in
 * French: "Jean-Marie"); inverted "NOM Prénom" forms must be reordered by the caller
 * ({@link #fromInverted(String)}).
 */
public final class PersonNames {

	static final Pattern HONORIFIC = Pattern.compile(
			"^(?:(?:M\\.|Mme\\.?|Mmes|MM\\.|Mlle\\.?|Monsieur|Madame|Mademoiselle|Dr\\.?|Docteur|Pr\\.?|Professeur|M)(?=\\s|$)\\s*)+");

	private static final Set<String> LOWER_PARTICLES = Set.of("de", "du", "des", "d'", "d’", "von", "van", "da", "di",
			"del", "della", "dos");

	private static final Set<String> CAP_PARTICLES = Set.of("le", "la", "les");

	private PersonNames() {
	}

	/**
	 * Removes honorifics and bold markers, folds whitespace.
	 * @param name a name as written
	 * @return the bare name as written
	 */
	public static String stripHonorific(String name) {
		String s = name.replace("*", "").replaceAll("\\s+", " ").strip();
		s = HONORIFIC.matcher(s).replaceFirst("");
		return s.replaceAll("^[,;:.\\s]+|[,;:.\\s]+$", "");
	}

	/**
	 * The normalised key of a name.
	 * @param name a name as written
	 * @return lower-case ASCII words separated by one space
	 */
	public static String key(String name) {
		String s = Slugs.fold(stripHonorific(name));
		s = s.replaceAll("[’'`]", " ").replaceAll("[^a-z0-9]+", " ").strip();
		return s;
	}

	/**
	 * The canonical display form of a name.
	 * @param asWritten a name as written (honorifics allowed)
	 * @return the display form
	 */
	public static String displayName(String asWritten) {
		String s = stripHonorific(asWritten);
		String[] words = s.split(" ");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			if (w.isEmpty()) {
				continue;
			}
			String lw = w.toLowerCase(Locale.ROOT);
			String formatted;
			if (i > 0 && LOWER_PARTICLES.contains(lw) && i < words.length - 1) {
				formatted = lw;
			}
			else if (i > 0 && CAP_PARTICLES.contains(lw) && i < words.length - 1) {
				formatted = capitalise(lw);
			}
			else if (isUpper(w) || isLower(w)) {
				formatted = titleCaseHyphenated(w);
			}
			else {
				formatted = w;
			}
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(formatted);
		}
		return out.toString();
	}

	/**
	 * Reorders an inverted "NOM Prénom" (surname in capitals first, as in attendance
	 * tables) to "Prénom NOM"; other forms are returned unchanged.
	 * @param name the name as written
	 * @return the name in "Prénom NOM" order
	 */
	public static String fromInverted(String name) {
		String s = stripHonorific(name);
		String[] words = s.split(" ");
		if (words.length < 2) {
			return s;
		}
		int firstTitle = -1;
		for (int i = 0; i < words.length; i++) {
			if (!isUpper(words[i]) || words[i].length() == 1) {
				firstTitle = i;
				break;
			}
		}
		if (firstTitle <= 0) {
			return s;
		}
		for (int i = firstTitle; i < words.length; i++) {
			if (isUpper(words[i]) && words[i].length() > 1) {
				return s;
			}
		}
		List<String> out = new ArrayList<>();
		for (int i = firstTitle; i < words.length; i++) {
			out.add(words[i]);
		}
		for (int i = 0; i < firstTitle; i++) {
			out.add(words[i]);
		}
		return String.join(" ", out);
	}

	/** The node id of a person: {@link Ids#person}. */
	public static String id(String displayName) {
		return Ids.person(displayName);
	}

	/**
	 * Conservative fuzzy identity of two names (honorifics, case, accents and hyphens
	 * ignored). The rule:
	 * <ol>
	 * <li>equal keys → true;</li>
	 * <li>otherwise the first names (first word) must be equal, and both must have a
	 * surname: first names alone never match ("Marie Lefebvre" / "Marc Lefebvre" →
	 * false);</li>
	 * <li>surnames are compared without spaces: when both have at least 8 letters, a
	 * Damerau-Levenshtein distance of 1 is a typo ("scuottocalvez" /
	 * "scuttocalvez");</li>
	 * <li>from 5 to 7 letters, a distance of 1 is accepted only when both surnames also
	 * sound the same under a simple French phonetic key (cq/ck/q/c→k, doubled letters
	 * single, h dropped, ph→f, y→i): "Le Cocq" / "Le Coq" → true, while "Martin" /
	 * "Marin" → false, since one letter in a short name is too often a different
	 * family;</li>
	 * <li>under 5 letters: exact only.</li>
	 * </ol>
	 * @param a a name
	 * @param b another name
	 * @return whether they most likely denote the same person
	 */
	public static boolean likelySame(String a, String b) {
		return likelySameKeys(key(a), key(b));
	}

	/**
	 * {@link #likelySame} on names already normalised by {@link #key}, for callers that
	 * compare one name with many (the people directory).
	 * @param ka a name's key
	 * @param kb another name's key
	 * @return whether they most likely denote the same person
	 */
	public static boolean likelySameKeys(String ka, String kb) {
		if (ka.isEmpty() || kb.isEmpty()) {
			return false;
		}
		if (ka.equals(kb)) {
			return true;
		}
		// The people directory compares one name with every person of its block: no
		// arrays here, and no distance matrix (withinOneEdit).
		int fa = ka.indexOf(' ');
		int fb = kb.indexOf(' ');
		if (fa < 0 || fb < 0 || fa != fb || !ka.regionMatches(0, kb, 0, fa)) {
			return false;
		}
		String sa = ka.substring(fa + 1).replace(" ", "");
		String sb = kb.substring(fb + 1).replace(" ", "");
		if (sa.equals(sb)) {
			return true;
		}
		int min = Math.min(sa.length(), sb.length());
		if (min < 5 || !withinOneEdit(sa, sb)) {
			return false;
		}
		if (min >= 8) {
			return true;
		}
		return phonetic(sa).equals(phonetic(sb));
	}

	/** A crude French phonetic key used to confirm short-surname typos. */
	static String phonetic(String s) {
		String p = s.replace("ph", "f")
			.replace("ck", "k")
			.replace("cq", "k")
			.replace("qu", "k")
			.replace("q", "k")
			.replaceAll("c(?=[aouk]|$)", "k")
			.replace("y", "i")
			.replaceAll("(?<!c)h", "");
		return p.replaceAll("(.)\\1+", "$1");
	}

	/**
	 * Whether the optimal-string-alignment Damerau-Levenshtein distance is at most 1,
	 * without computing it: the strings are equal, or one substitution, one insertion or
	 * deletion, or one swap of adjacent letters makes them equal.
	 */
	static boolean withinOneEdit(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int i = 0;
		int shorter = Math.min(la, lb);
		while (i < shorter && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == shorter) {
			// equal, or one letter added at the end
			return true;
		}
		if (la != lb) {
			String longer = (la > lb) ? a : b;
			String other = (la > lb) ? b : a;
			return longer.regionMatches(i + 1, other, i, other.length() - i);
		}
		if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
			return true;
		}
		return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
				&& a.regionMatches(i + 2, b, i + 2, la - i - 2);
	}

	static boolean isUpper(String w) {
		boolean letter = false;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (Character.isLetter(c)) {
				letter = true;
				if (!Character.isUpperCase(c)) {
					return false;
				}
			}
		}
		return letter;
	}

	private static boolean isLower(String w) {
		return w.equals(w.toLowerCase(Locale.ROOT));
	}

	private static String titleCaseHyphenated(String w) {
		StringBuilder sb = new StringBuilder();
		boolean start = true;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (Character.isLetter(c)) {
				sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
				start = false;
			}
			else {
				sb.append(c);
				start = (c == '-' || c == '\'' || c == '’');
			}
		}
		return sb.toString();
	}

	private static String capitalise(String w) {
		return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
	}

}
