package fr.metrograph.ingest.annotate;

/**
 * A segment of a document's paragraph with what the annotator made of it.
 *
 * @param paragraph the paragraph's index in the document (0-based, in the order of the
 * document's paragraphs)
 * @param offset where the segment starts in the paragraph's text (lines joined by one
 * character each, so that offsets are the same in the text joined with line breaks and in
 * the text joined with spaces)
 * @param text the segment, annotated (prose with a possible name) or only cut into
 * sentences (list items, and prose where no name can be)
 * @param prose whether the segment is running prose
 */
public record AnnotatedSegment(int paragraph, int offset, AnnotatedText text, boolean prose) {
}
