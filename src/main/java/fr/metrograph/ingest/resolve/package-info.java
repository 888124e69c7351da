/**
 * Resolve: turns what the finders wrote into graph identities, against the reference
 * lists, the people already in the graph and the curators' corrections.
 */
package fr.metrograph.ingest.resolve;
