/**
 * The extraction model: what the pipeline's steps hand each other. The facts found in one
 * document ({@link fr.metrograph.ingest.model.Facts}), each with its
 * {@link fr.metrograph.ingest.model.Evidence} (passage, lines, finder, confidence); the
 * {@link fr.metrograph.ingest.model.ExtractedDocument}; the Document node; person-name
 * rules shared by the finders and the resolver.
 */
package fr.metrograph.ingest.model;
