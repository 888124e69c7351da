package fr.metrograph.ingest.annotate;

import java.util.List;

import fr.metrograph.ingest.split.TextLines;

/**
 * The annotation the prose finders read: every segment of a document's paragraphs, in
 * order, annotated by the French NLP layer where it is prose that may name someone, only
 * cut into sentences elsewhere ({@link ProseAnnotator}).
 *
 * @param pieces the segments with their paragraphs, in document order
 * @param givenNames the gazetteer of given names the finders check names against
 */
public record ProseParse(List<Piece> pieces, GivenNames givenNames) {

	public ProseParse {
		pieces = List.copyOf(pieces);
	}

	/**
	 * A segment of a paragraph. Offsets in {@link AnnotatedSegment#text()} plus
	 * {@link AnnotatedSegment#offset()} are offsets in the paragraph's
	 * {@link TextLines#joined()}, so that a span gives its lines and its quote
	 * ({@link #evidence}).
	 *
	 * @param paragraph the paragraph it belongs to
	 * @param segment its annotations
	 */
	public record Piece(TextLines.Paragraph paragraph, AnnotatedSegment segment) {

		/**
		 * @param begin start offset in the segment's text
		 * @param end end offset (exclusive)
		 * @return the span's quote with its file lines
		 */
		public fr.metrograph.ingest.model.Evidence evidence(int begin, int end) {
			int o = this.segment.offset();
			return this.paragraph.lines().evidenceOfSpan(o + begin, o + end);
		}

		/**
		 * @param offset an offset in the segment's text
		 * @return its file line number
		 */
		public int lineAt(int offset) {
			return this.paragraph.lines().lineAt(this.segment.offset() + offset);
		}

	}

}
