/**
 * The graph store: the embedded Neo4j lifecycle (or the connection to an external one),
 * the schema bootstrap and store readiness; the node ids
 * ({@link fr.metrograph.graph.Ids}).
 */
package fr.metrograph.graph;
