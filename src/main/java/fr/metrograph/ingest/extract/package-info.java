/**
 * The document extractor: splits a text into documents, classifies them, finds their
 * years and extracts metropolises, people, roles, meetings and themes with evidence.
 */
package fr.metrograph.ingest.extract;
