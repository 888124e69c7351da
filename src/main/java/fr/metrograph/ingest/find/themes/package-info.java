/** Theme labels: normalisation, ids and the lexicon of participation devices. */
package fr.metrograph.ingest.find.themes;
