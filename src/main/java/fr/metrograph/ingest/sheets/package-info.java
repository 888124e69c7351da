/**
 * Coordinators' attendance sheets (CSV), read into the same extraction model as documents
 * so they load, resolve and retract the same way.
 */
package fr.metrograph.ingest.sheets;
