/**
 * Document ingestion: reading files, extracting facts, resolving entities against the
 * graph and the curation file, and loading them with provenance.
 */
package fr.metrograph.ingest;
