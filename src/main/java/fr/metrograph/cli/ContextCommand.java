package fr.metrograph.cli;

import org.springframework.context.ApplicationContext;

/** A command that runs once the Spring context (without web server) is up. */
interface ContextCommand {

	/**
	 * @param context the application context to take services from
	 * @return the process exit status
	 */
	int run(ApplicationContext context);

	/** Extra Spring properties this command needs ({@code key=value}). */
	default java.util.List<String> properties() {
		return java.util.List.of();
	}

	/**
	 * Whether the command reads a graph that must already exist: without {@code --uri}, a
	 * missing embedded store is then an error, not a new empty store.
	 */
	default boolean readsStore() {
		return false;
	}

	/** Called after the context is closed, whatever happened. */
	default void cleanUp() {
	}

}
