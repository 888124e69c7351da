/**
 * Annotate: French NLP on the prose of a document, run after the split and before the
 * finders: sentences, tokens, UD part-of-speech tags, named entities and a UD dependency
 * parse from Stanford CoreNLP's French models, loaded once, lazily, and run only on prose
 * paragraphs (lists and tables are left to the rules). The finders read the results from
 * {@link fr.metrograph.ingest.annotate.Annotations};
 * {@link fr.metrograph.ingest.annotate.Annotator} is the contract the pipeline calls.
 */
package fr.metrograph.ingest.annotate;
