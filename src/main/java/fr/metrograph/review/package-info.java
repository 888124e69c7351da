/**
 * "À vérifier": what the extractor and the resolver were unsure of (conflicts, facts
 * below a confidence threshold, unresolved mentions, people who could be the same), each
 * with its passage and the corrections that fit it.
 */
package fr.metrograph.review;
