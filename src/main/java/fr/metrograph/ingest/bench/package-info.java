/**
 * The synthetic corpus generator of the ingest benchmark.
 */
package fr.metrograph.ingest.bench;
