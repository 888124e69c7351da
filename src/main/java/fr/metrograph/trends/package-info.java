/**
 * Participation trends: membership, meetings and themes over the years, planned versus
 * realised themes, and a metropolis's timeline; pure calculators plus the service and
 * API.
 */
package fr.metrograph.trends;
