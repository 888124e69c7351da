package fr.metrograph.ingest.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells text written in a language from the letter soup a PDF gives when its fonts do not
 * map glyphs to characters (" 5 H Q F R Q W U H V" for "Rencontres"): in French or
 * English prose, short grammatical words ({@code de, la, et, les, des, the, of…}) make up
 * a good part of the words and most words are longer than one character; in letter soup
 * neither holds. A text of fewer than {@link #MIN_WORDS} words is not judged. Cost: one
 * pass over the text.
 */
final class LanguageCheck {

	/** Below this many words, the text is too short to judge. */
	static final int MIN_WORDS = 40;

	private static final Set<String> GRAMMATICAL_WORDS = Set.of("de", "la", "le", "les", "et", "des", "du", "en", "un",
			"une", "à", "a", "au", "aux", "pour", "par", "sur", "dans", "avec", "est", "sont", "qui", "que", "ce",
			"cette", "ces", "son", "sa", "ses", "leur", "leurs", "d", "l", "s", "n", "il", "elle", "ils", "on", "nous",
			"vous", "ne", "pas", "plus", "ou", "the", "of", "and", "to", "in", "is", "for", "with", "by", "an", "at",
			"from", "that", "this");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private LanguageCheck() {
	}

	/**
	 * What the check found.
	 *
	 * @param words words counted
	 * @param grammatical share of grammatical words
	 * @param singleCharacters share of one-character words
	 */
	record Verdict(int words, double grammatical, double singleCharacters) {

		/** Whether the text looks like a glyph-encoding failure rather than language. */
		boolean looksLikeLetterSoup() {
			return this.words >= MIN_WORDS && (this.grammatical < 0.03 || this.singleCharacters > 0.6);
		}

	}

	static Verdict judge(String text) {
		Matcher matcher = WORD.matcher(text);
		int words = 0;
		int grammatical = 0;
		int single = 0;
		while (matcher.find()) {
			String word = matcher.group().toLowerCase(Locale.ROOT);
			words++;
			if (GRAMMATICAL_WORDS.contains(word)) {
				grammatical++;
			}
			if (word.length() == 1) {
				single++;
			}
		}
		return (words == 0) ? new Verdict(0, 0, 0)
				: new Verdict(words, grammatical / (double) words, single / (double) words);
	}

	/** The start of the text, for a message. */
	static String excerpt(String text) {
		String oneLine = text.strip().replaceAll("\\s+", " ");
		return (oneLine.length() > 60) ? oneLine.substring(0, 60) + "…" : oneLine;
	}

}
