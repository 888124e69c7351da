/**
 * Finders of an annual summary: members, the meetings it counts, stated figures,
 * experience-sharing sessions, plans, and meetings a retrospective lists by date.
 */
package fr.metrograph.ingest.find.annual;
