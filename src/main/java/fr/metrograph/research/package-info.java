/**
 * Researchers' Cypher access over HTTP: the guarded ad-hoc endpoint, the library of
 * research queries ({@code cypher/queries/research/}) and CSV export.
 */
package fr.metrograph.research;
