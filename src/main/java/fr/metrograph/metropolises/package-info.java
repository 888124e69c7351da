/**
 * Metropolises and EPTs of the network: reference data, memberships, meetings, people.
 */
package fr.metrograph.metropolises;
