/**
 * Meetings, sessions and experience-sharing sessions of the network, and their themes.
 */
package fr.metrograph.meetings;
