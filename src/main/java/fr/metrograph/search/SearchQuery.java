package fr.metrograph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user typed into a Lucene query for the full-text index: the words, folded
 * (no accents, lower case) and stripped of Lucene's syntax, each required, each matching
 * as a prefix ("scuo" finds "Scuotto") or, from four letters on, one edit apart ("Scutto"
 * finds "Scuotto"). Pure; cost linear in the text.
 */
final class SearchQuery {

	/** Longest text searched; more is cut. */
	static final int MAX_LENGTH = 200;

	/** Words kept; more are dropped. */
	static final int MAX_WORDS = 8;

	private SearchQuery() {
	}

	/**
	 * The words of a query, folded; apostrophes and hyphens separate words, as the
	 * index's analyzer does.
	 * @param text what the user typed (null is empty)
	 * @return the words, at most {@link #MAX_WORDS}
	 */
	static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String cut = (text.length() > MAX_LENGTH) ? text.substring(0, MAX_LENGTH) : text;
		String folded = Normalizer.normalize(cut, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * The Lucene query for these words: {@code +(word* OR word~1)} for each, the fuzzy
	 * part from four letters on.
	 * @param words folded words (letters and digits only)
	 * @return the query, empty when there are no words
	 */
	static String lucene(List<String> words) {
		StringBuilder query = new StringBuilder();
		for (String word : words) {
			if (query.length() > 0) {
				query.append(' ');
			}
			query.append("+(").append(word).append('*');
			if (word.length() >= 4) {
				query.append(" OR ").append(word).append("~1");
			}
			query.append(')');
		}
		return query.toString();
	}

}
