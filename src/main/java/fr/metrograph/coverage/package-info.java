/**
 * Which years the documents cover, and for what (members, meetings, themes): what lets
 * the dashboard, the charts and the reports say "non documenté" instead of showing a
 * zero.
 */
package fr.metrograph.coverage;
