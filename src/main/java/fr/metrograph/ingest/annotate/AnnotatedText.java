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
