/**
 * People of the network: their spellings, roles over the years, meetings and sources.
 */
package fr.metrograph.people;
