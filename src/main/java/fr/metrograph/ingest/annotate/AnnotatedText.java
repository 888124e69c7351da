package fr.metrograph.ingest.annotate;

import java.util.List;

/**
 * A text with its sentences annotated by {@link FrenchNlp}. Offsets in the sentences and
 * words index into {@link #text()}.
 *
 * @param text the text as given
 * @param sentences its sentences, in order
 */
public record AnnotatedText(String text, List<Sentence> sentences) {

	public AnnotatedText {
		sentences = List.copyOf(sentences);
	}

	/**
	 * A text cut into sentences without any annotation (no words, tags or parse): for
	 * list items and agenda lines, which the rules read but whose sentences an event
	 * finder still looks at. A sentence ends at a line break or after '.', '!' or '?'
	 * followed by a space and an upper-case letter.
	 * @param text the text
	 * @return the text with bare sentences
	 */
	public static AnnotatedText sentencesOnly(String text) {
		List<Sentence> out = new java.util.ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			boolean end = i == text.length() || text.charAt(i) == '\n';
			if (!end && (text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?')
					&& i + 2 < text.length() && text.charAt(i + 1) == ' '
					&& Character.isUpperCase(text.charAt(i + 2))) {
				out.add(bare(text, start, i + 1));
				start = i + 2;
				continue;
			}
			if (end) {
				out.add(bare(text, start, i));
				start = i + 1;
			}
		}
		out.removeIf((s) -> s.begin() >= s.end());
		return new AnnotatedText(text, out);
	}

	private static Sentence bare(String text, int from, int to) {
		int a = from;
		int b = to;
		while (a < b && Character.isWhitespace(text.charAt(a))) {
			a++;
		}
		while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
			b--;
		}
		return new Sentence(a, b, List.of(), false);
	}

	/**
	 * @param first first word (inclusive)
	 * @param last last word (inclusive)
	 * @return the text they cover, as written
	 */
	public String covered(Token first, Token last) {
		return this.text.substring(first.begin(), last.end());
	}

	/**
	 * @param sentence a sentence of this text
	 * @return its text as written
	 */
	public String text(Sentence sentence) {
		return this.text.substring(sentence.begin(), sentence.end());
	}

}
