/** The finder of a consultancy's project sheet. */
package fr.metrograph.ingest.find.sheet;
