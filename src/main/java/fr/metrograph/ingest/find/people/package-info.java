/**
 * Finders of people: in list blocks, inline lists, tables with and without pipes,
 * programme lines and prose; then their roles and affiliations.
 */
package fr.metrograph.ingest.find.people;
