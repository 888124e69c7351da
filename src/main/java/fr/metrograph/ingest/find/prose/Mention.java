package fr.metrograph.ingest.find.prose;

import java.util.List;

import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.annotate.Token;

/**
 * A name in a parsed sentence, by word indexes: the candidate the people finder judges.
 *
 * @param first the first word of the name (1-based)
 * @param last the last word of the name (inclusive)
 * @param honorific the word index of the honorific before it ("Mme", "M."), or -1
 * @param recognised whether the recogniser tagged it (false: found by a rule)
 */
record Mention(int first, int last, int honorific, boolean recognised) {

	/** Whether a word is part of the mention, its honorific included. */
	boolean contains(int index) {
		return start() <= index && index <= this.last;
	}

	/** Where the name starts, its honorific included. */
	int start() {
		return (this.honorific > 0) ? this.honorific : this.first;
	}

	/**
	 * The word of the mention whose head lies outside it (the first word, in UD; the
	 * honorific when the parser made it the head).
	 * @param s the sentence
	 * @return its word index
	 */
	int head(Sentence s) {
		for (int i = start(); i <= this.last; i++) {
			Token t = s.token(i);
			if (t.head() < start() || t.head() > this.last) {
				return i;
			}
		}
		return this.first;
	}

	/**
	 * @param mentions mentions of one sentence
	 * @param index a word index
	 * @return the mention holding that word, or null
	 */
	static Mention covering(List<Mention> mentions, int index) {
		for (Mention m : mentions) {
			if (m.contains(index)) {
				return m;
			}
		}
		return null;
	}

	/**
	 * @param s a parsed sentence
	 * @param head a word index
	 * @return the head of the coordination the word belongs to (itself when it is none's
	 * conjunct)
	 */
	static int group(Sentence s, int head) {
		Token h = s.token(head);
		return (h.relation("conj") && s.head(h) != null) ? h.head() : head;
	}

}
