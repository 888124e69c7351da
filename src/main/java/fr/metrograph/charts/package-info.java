/**
 * Charts of the trends and co-presence networks, as PNG or SVG, drawn with JFreeChart and
 * our own renderers from result records only (no graph access).
 */
package fr.metrograph.charts;
