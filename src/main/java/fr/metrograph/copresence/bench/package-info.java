/**
 * Synthetic data for the co-presence benchmark.
 */
package fr.metrograph.copresence.bench;
