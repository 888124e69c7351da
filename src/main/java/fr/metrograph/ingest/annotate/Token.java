package fr.metrograph.ingest.annotate;

/**
 * One word of an annotated sentence. French contractions are split into their words by
 * CoreNLP's multi-word-token step ("du" → "de" + "le", "au" → "à" + "le"); both words
 * then carry the offsets of the written contraction.
 *
 * @param index 1-based position in the sentence (the dependency parse's numbering)
 * @param word the word (for a split contraction: the syntactic word, "de", "le")
 * @param pos the Universal Dependencies part-of-speech tag (NOUN, PROPN, VERB, ADP…)
 * @param ner the named-entity class: {@code PER}, {@code LOC}, {@code ORG}, {@code MISC},
 * or {@code O}
 * @param begin start offset in the annotated text (inclusive)
 * @param end end offset in the annotated text (exclusive)
 * @param head index of the syntactic head, 0 for the root, -1 when the sentence was not
 * parsed
 * @param relation the UD relation to the head ({@code nsubj}, {@code appos},
 * {@code nmod:de}, {@code conj:et}, {@code flat:name}…), or null when not parsed
 */
public record Token(int index, String word, String pos, String ner, int begin, int end, int head, String relation) {

	/**
	 * @return whether the named-entity recogniser tagged this word as (part of) a person
	 */
	public boolean person() {
		return "PER".equals(this.ner);
	}

	/**
	 * @return whether the word starts with an upper-case letter
	 */
	public boolean capitalised() {
		return !this.word.isEmpty() && Character.isUpperCase(this.word.codePointAt(0));
	}

	/**
	 * @param prefix a relation or its prefix ("nmod" matches "nmod:de")
	 * @return whether this word's relation to its head is {@code prefix} or a subtype of
	 * it
	 */
	public boolean relation(String prefix) {
		return this.relation != null && (this.relation.equals(prefix) || this.relation.startsWith(prefix + ":"));
	}

}
