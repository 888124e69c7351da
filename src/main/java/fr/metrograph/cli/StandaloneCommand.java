package fr.metrograph.cli;

/**
 * A command that needs no Spring context: it opens no database, so it runs even while the
 * service holds the store.
 */
interface StandaloneCommand {

	/**
	 * @return the process exit status
	 */
	int run();

}
