/**
 * The global search: one box for people, metropolises, organisations, meetings, themes
 * and documents, accent- and case-insensitive, tolerant of a letter's difference, grouped
 * by kind.
 */
package fr.metrograph.search;
