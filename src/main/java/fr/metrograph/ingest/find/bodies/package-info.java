/**
 * Finders of the bodies a document names: reference metropolises and organisations,
 * communes, the group.
 */
package fr.metrograph.ingest.find.bodies;
