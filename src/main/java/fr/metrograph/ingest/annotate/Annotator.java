package fr.metrograph.ingest.annotate;

import fr.metrograph.ingest.split.DocumentPart;

/**
 * Annotates a classified document before the finders read it (sentences, tokens,
 * entities, dependencies of its prose paragraphs). An annotator must be thread-safe: one
 * instance serves every document, possibly from several threads.
 */
@FunctionalInterface
public interface Annotator {

	/**
	 * @param part the document
	 * @param into where to put what was found
	 */
	void annotate(DocumentPart part, Annotations into);

}
