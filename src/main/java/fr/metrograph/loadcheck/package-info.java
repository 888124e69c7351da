/**
 * Checks of the running service from outside, over HTTP on loopback only: the dashboard
 * load test and the runaway-query check (issue #12). No Spring, no database.
 */
package fr.metrograph.loadcheck;
