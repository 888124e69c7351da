/**
 * Finders of the meeting a document reports: its header, sessions, format and the bodies
 * that attended.
 */
package fr.metrograph.ingest.find.meeting;
