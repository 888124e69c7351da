/**
 * Document ingestion, as a pipeline whose steps are the sub-packages, in this order (a
 * document visits each once, and no step calls a later one):
 * <ol>
 * <li>{@code read}: a file → its text (encodings, PDF text layer), or a rejection;</li>
 * <li>{@code split}: the text → its documents, each classified once
 * ({@link fr.metrograph.ingest.split.DocumentPart}: kind, title, group, layout, and the
 * year, decided in {@link fr.metrograph.ingest.split.Years} only);</li>
 * <li>{@code annotate}: French NLP on the prose of each document
 * ({@link fr.metrograph.ingest.annotate.Annotator});</li>
 * <li>{@code find}: one small finder per thing, run in order by the
 * {@link fr.metrograph.ingest.find.KindExtractor} of the document's kind, each adding
 * attributed facts ({@code extractor}, {@code confidence}) to the
 * {@link fr.metrograph.ingest.find.ExtractionContext};</li>
 * <li>{@code resolve}: the people of a document against the graph and the curation
 * file;</li>
 * <li>{@code write}: the facts into the graph, with their provenance, in one transaction
 * per file.</li>
 * </ol>
 * {@code model} holds what the steps hand each other (the fact records); {@code sheets}
 * reads CSV attendance sheets straight into that model.
 * {@link fr.metrograph.ingest.DocumentExtractor} runs split → annotate → find on a text
 * (the entry the benchmark, the tests and the evaluation call);
 * {@link fr.metrograph.ingest.IngestService} orchestrates the whole pipeline.
 */
package fr.metrograph.ingest;
