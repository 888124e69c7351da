/**
 * The yearly network report, in French, as PDF or HTML: built from the trends, the
 * co-presence networks and the charts, with its sources cited.
 */
package fr.metrograph.reports;
