package fr.metrograph.ingest;

import fr.metrograph.reference.ReferenceData;

/**
 * The reference lists in use and a hash of their files, part of every document's
 * fingerprint so that adding an alias re-extracts the documents.
 *
 * @param data the metropolises and organisations
 * @param hash SHA-256 over the reference files
 */
record ReferenceSet(ReferenceData data, String hash) {
}
