package fr.metrograph.ingest.find;

/**
 * One small finder: reads one kind of thing in a document (people in a list block,
 * attendance tables, a meeting's header, experience-sharing sessions…) and adds facts to
 * {@link ExtractionContext#findings()}. Every fact it adds is attributed to it:
 * {@link #name()} is stored as {@code extractor} on the fact's relationships, and
 * {@link #confidence()} as {@code confidence} unless the finder gives a fact its own
 * ({@link fr.metrograph.ingest.model.Evidence#withConfidence}).
 * <p>
 * A finder holds no state of its own: everything about the document, and what the finders
 * before it found, is in the context. One instance serves every document, so a finder
 * must be thread-safe (immutable fields only).
 *
 * @see KindExtractor for the order finders run in, per kind of document
 */
public interface Finder {

	/**
	 * The finder's name, stored as {@code extractor}: lower case words joined by hyphens
	 * ({@code list-block}, {@code attendance-table}, {@code prose-apposition}).
	 * @return the name
	 */
	String name();

	/**
	 * How sure this finder usually is of what it finds, between 0 and 1. Calibrate it on
	 * how the finder reads: a labelled table or list (0.9–0.95) is surer than a name
	 * guessed in prose (0.6–0.75).
	 * @return the default confidence of its facts
	 */
	double confidence();

	/**
	 * Reads the document and adds what it finds.
	 * @param context the document, the reference data, the annotations, and the findings
	 * so far
	 */
	void find(ExtractionContext context);

}
