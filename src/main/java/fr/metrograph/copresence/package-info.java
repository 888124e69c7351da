/**
 * Co-presence networks: who met whom (people, or metropolises through their people or
 * their presentations) at the same meetings, the one-mode projection of that two-mode
 * data, its centralities and communities, and its exports to GEXF, GraphML and CSV.
 */
package fr.metrograph.copresence;
