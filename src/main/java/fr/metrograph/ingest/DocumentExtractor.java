package fr.metrograph.ingest;

import java.util.ArrayList;
import java.util.List;

import fr.metrograph.ingest.annotate.Annotations;
import fr.metrograph.ingest.annotate.Annotator;
import fr.metrograph.ingest.annotate.FrenchProseAnnotator;
import fr.metrograph.ingest.find.KindExtractor;
import fr.metrograph.ingest.find.names.NameParser;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.split.DocumentPart;
import fr.metrograph.ingest.split.DocumentSplitter;
import fr.metrograph.reference.ReferenceData;

/**
 * The extraction of a file's text, the one entry everything else calls (the ingest, the
 * benchmark, the tests, the evaluation): split → annotate → find.
 * <ol>
 * <li>{@link DocumentSplitter} cuts the text into documents and classifies each once:
 * kind, title, group, layout, year (the curator's {@link ExtractionHints} first) and main
 * date;</li>
 * <li>each {@link Annotator} annotates the document (the French NLP layer on its
 * prose);</li>
 * <li>the {@link KindExtractor} of its kind runs its finders in order and builds the
 * {@link ExtractedDocument}.</li>
 * </ol>
 * Every fact carries the passage that supports it (1-based line numbers in the file) and
 * the finder that read it with its confidence. When nothing is recognised the document is
 * still returned, with the warning "Aucune entité reconnue dans ce document". Pure Java,
 * no I/O; thread-safe when its annotators are.
 */
public final class DocumentExtractor {

	private final ReferenceData reference;

	private final NameParser names;

	private final List<Annotator> annotators;

	/**
	 * An extractor without annotators (rules only).
	 * @param reference the bodies known to the service
	 */
	public DocumentExtractor(ReferenceData reference) {
		this(reference, List.of());
	}

	/**
	 * @param reference the bodies known to the service
	 * @param annotators run on each document, in order, before the finders
	 */
	public DocumentExtractor(ReferenceData reference, List<Annotator> annotators) {
		this.reference = reference;
		this.names = new NameParser((word) -> reference.whole(word).isPresent());
		this.annotators = List.copyOf(annotators);
	}

	/**
	 * The extractor the service, its benchmark, the evaluation and {@code extract} run:
	 * the rules and the French NLP layer on prose.
	 * @param referenceDir the folder of the reference lists (the given names)
	 * @param reference the reference data loaded from it
	 * @return the extractor
	 */
	public static DocumentExtractor withFrenchNlp(java.nio.file.Path referenceDir, ReferenceData reference) {
		return new DocumentExtractor(reference, List.of(FrenchProseAnnotator.forService(referenceDir, reference)));
	}

	/**
	 * Splits a file's text into documents and extracts each.
	 * @param fileName the file's name (used in no fact; kept for messages)
	 * @param text the file's text
	 * @param hints the curator's corrections for this file, or null
	 * @return one extracted document per part, in file order
	 */
	public List<ExtractedDocument> extract(String fileName, String text, ExtractionHints hints) {
		List<ExtractedDocument> out = new ArrayList<>();
		for (DocumentPart part : DocumentSplitter.parts(text, hints)) {
			Annotations annotations = new Annotations();
			for (Annotator annotator : this.annotators) {
				annotator.annotate(part, annotations);
			}
			out.add(KindExtractor.of(part.kind()).extract(part, this.reference, this.names, annotations));
		}
		return out;
	}

}
