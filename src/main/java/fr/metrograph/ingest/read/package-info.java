/**
 * Reading files into text: encodings, PDF, and the rejection of what is not a document.
 */
package fr.metrograph.ingest.read;
