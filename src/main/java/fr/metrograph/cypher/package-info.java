/**
 * The named-query registry: every Cypher statement of the service, loaded from
 * {@code cypher/} and looked up by its relative path.
 */
package fr.metrograph.cypher;
