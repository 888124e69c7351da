/**
 * Split: cuts a file's text into its documents and classifies each once (kind, title,
 * group, layout, year and main date, in {@link fr.metrograph.ingest.split.DocumentPart}).
 * The year is decided here only ({@link fr.metrograph.ingest.split.Years}).
 */
package fr.metrograph.ingest.split;
