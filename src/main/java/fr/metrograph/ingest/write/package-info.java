/**
 * Write: puts resolved documents into the graph with the named statements of
 * {@code cypher/queries/ingest/}, and retracts what a file contributed.
 */
package fr.metrograph.ingest.write;
