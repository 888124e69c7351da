/** Person names in lines and prose, first names, and role titles with their category. */
package fr.metrograph.ingest.find.names;
