/**
 * The extraction model: the facts found in one document, the contract between the
 * extractor and the loader.
 */
package fr.metrograph.ingest.model;
