/**
 * Checks that the graph is a function of the documents and the curation file, not of the
 * order they were loaded in: canonical snapshots of the graph and the loading orders that
 * are compared.
 */
package fr.metrograph.ingest.determinism;
