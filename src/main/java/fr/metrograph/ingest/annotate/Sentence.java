package fr.metrograph.ingest.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * One annotated sentence: its words with tags, entities and (when parsed) dependencies,
 * with helpers to walk the parse.
 *
 * @param begin start offset in the annotated text
 * @param end end offset in the annotated text (exclusive)
 * @param tokens the words, in order ({@code tokens.get(i).index() == i + 1})
 * @param parsed whether the dependency parse was run on this sentence
 */
public record Sentence(int begin, int end, List<Token> tokens, boolean parsed) {

	public Sentence {
		tokens = List.copyOf(tokens);
	}

	/**
	 * @param index a 1-based word index
	 * @return the word
	 */
	public Token token(int index) {
		return this.tokens.get(index - 1);
	}

	/**
	 * @param head a 1-based word index
	 * @return the words whose head it is, in sentence order (none when not parsed)
	 */
	public List<Token> children(int head) {
		List<Token> out = new ArrayList<>();
		for (Token t : this.tokens) {
			if (t.head() == head) {
				out.add(t);
			}
		}
		return out;
	}

	/**
	 * The head of a word, or null for the root, for an unparsed sentence, or out of
	 * range.
	 * @param token a word of this sentence
	 * @return its head
	 */
	public Token head(Token token) {
		return (token.head() >= 1 && token.head() <= this.tokens.size()) ? token(token.head()) : null;
	}

	/**
	 * The words of the subtree under a word (the word included), as first and last index:
	 * French subtrees are contiguous except with rare non-projective parses, which this
	 * treats as the span from the leftmost to the rightmost descendant.
	 * @param index a 1-based word index
	 * @return {@code [first, last]} word indexes (1-based, inclusive)
	 */
	public int[] subtree(int index) {
		int[] span = { index, index };
		boolean[] seen = new boolean[this.tokens.size() + 1];
		collect(index, span, seen);
		return span;
	}

	private void collect(int index, int[] span, boolean[] seen) {
		if (seen[index]) {
			return;
		}
		seen[index] = true;
		span[0] = Math.min(span[0], index);
		span[1] = Math.max(span[1], index);
		for (Token child : this.tokens) {
			if (child.head() == index) {
				collect(child.index(), span, seen);
			}
		}
	}

	/**
	 * The maximal runs of words the recogniser tagged with the same entity class.
	 * @param ner the class ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC})
	 * @return {@code [first, last]} 1-based word indexes of each run, in order
	 */
	public List<int[]> entities(String ner) {
		List<int[]> out = new ArrayList<>();
		int start = -1;
		for (Token t : this.tokens) {
			if (ner.equals(t.ner())) {
				if (start < 0) {
					start = t.index();
				}
			}
			else if (start >= 0) {
				out.add(new int[] { start, t.index() - 1 });
				start = -1;
			}
		}
		if (start >= 0) {
			out.add(new int[] { start, this.tokens.size() });
		}
		return out;
	}

	/**
	 * @param first first word index (1-based)
	 * @param last last word index (inclusive)
	 * @return start offset of the first word and end offset of the last one
	 */
	public int[] offsets(int first, int last) {
		return new int[] { token(first).begin(), token(last).end() };
	}

}
