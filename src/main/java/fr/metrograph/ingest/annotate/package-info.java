/**
 * Annotate: French NLP on the prose of a document (sentences, tokens, named entities,
 * dependencies), run after the split and before the finders, which read the results from
 * {@link fr.metrograph.ingest.annotate.Annotations}. Lists and tables are left to the
 * rules. The prose engineer owns what runs here;
 * {@link fr.metrograph.ingest.annotate.Annotator} is the contract the pipeline calls.
 */
package fr.metrograph.ingest.annotate;
