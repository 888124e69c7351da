package fr.metrograph.trends;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.metrograph.graph.Slugs;

/**
 * How alike two French theme labels are, in [0, 1]: the larger of the Jaccard index of
 * their content words (lower case, accents folded, articles and prepositions dropped, a
 * final plural s or x removed) and the Dice coefficient of their character trigrams. The
 * word measure catches reorderings ("délibérations cadres" / "cadres de délibération"),
 * the trigram measure catches small rewordings ("culture commune" / "culture interne"
 * share most trigrams). Empty labels score 0. Cost O(|a| + |b|).
 */
public final class ThemeSimilarity {

	private static final Set<String> STOP_WORDS = Set.of("le", "la", "les", "l", "un", "une", "des", "de", "du", "d",
			"et", "a", "au", "aux", "en", "sur", "pour", "par", "dans", "avec", "ou", "son", "sa", "ses", "leur",
			"leurs", "quel", "quels", "quelle", "quelles");

	private ThemeSimilarity() {
	}

	/** The similarity of two labels. */
	public static double score(String a, String b) {
		List<String> wordsA = words(a);
		List<String> wordsB = words(b);
		if (wordsA.isEmpty() || wordsB.isEmpty()) {
			return 0;
		}
		return Math.max(jaccard(new HashSet<>(wordsA), new HashSet<>(wordsB)),
				dice(trigrams(String.join(" ", wordsA)), trigrams(String.join(" ", wordsB))));
	}

	static List<String> words(String label) {
		if (label == null) {
			return List.of();
		}
		return java.util.Arrays.stream(Slugs.fold(label).split("[^a-z0-9]+"))
			.filter((w) -> !w.isEmpty() && !STOP_WORDS.contains(w))
			.map((w) -> (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) ? w.substring(0, w.length() - 1) : w)
			.toList();
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> intersection = new HashSet<>(a);
		intersection.retainAll(b);
		return (double) intersection.size() / union.size();
	}

	private static Set<String> trigrams(String text) {
		String padded = "  " + text + " ";
		Set<String> grams = new LinkedHashSet<>();
		for (int i = 0; i + 3 <= padded.length(); i++) {
			grams.add(padded.substring(i, i + 3));
		}
		return grams;
	}

	private static double dice(Set<String> a, Set<String> b) {
		Set<String> intersection = new HashSet<>(a);
		intersection.retainAll(b);
		return 2.0 * intersection.size() / (a.size() + b.size());
	}

}
