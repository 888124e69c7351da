/**
 * Corrections made by coordinators: recorded one file each in the curation folder (who,
 * when, why), applied at once by reloading the documents they touch, undone, listed in
 * the history, with optimistic concurrency per item.
 */
package fr.metrograph.curation;
