/**
 * The loaded documents, what each contributed, and the conflicts recorded while loading.
 */
package fr.metrograph.documents;
