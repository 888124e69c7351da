/**
 * Reference lists of metropolises, EPTs and organisations (data/reference), and the
 * resolver that maps names written in documents to them.
 */
package fr.metrograph.reference;
