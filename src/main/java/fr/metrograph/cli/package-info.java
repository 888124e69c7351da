/**
 * The command line: one small class per command, each calling a service and printing its
 * result; {@link fr.metrograph.cli.MetrographCli} parses the arguments before starting
 * Spring, so a usage error costs nothing and exits with status 2.
 */
package fr.metrograph.cli;
