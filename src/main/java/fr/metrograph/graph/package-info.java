/**
 * The graph store: the embedded Neo4j lifecycle (or the connection to an external one),
 * the schema bootstrap and store readiness.
 */
package fr.metrograph.graph;
