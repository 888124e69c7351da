package fr.metrograph.testsupport;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j for all integration tests of a run: starting the harness costs
 * seconds, and Spring caches contexts per URI, so sharing it keeps {@code verify} quick.
 * Tests that need an empty graph call {@link #clear()} first. Closed by a shutdown hook,
 * since no single test class owns it.
 */
public final class TestNeo4j {

	private static Neo4j neo4j;

	private TestNeo4j() {
	}

	public static synchronized Neo4j get() {
		if (neo4j == null) {
			// The per-transaction memory limit the embedded server sets
			// (app.neo4j.embedded.transaction-memory-max), smaller, so tests reach it
			// fast.
			neo4j = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(org.neo4j.configuration.GraphDatabaseSettings.memory_transaction_max_size,
						256L * 1024 * 1024)
				.build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
		}
		return neo4j;
	}

	public static String boltUri() {
		return get().boltURI().toString();
	}

	/** Deletes every node and relationship (the schema stays). */
	public static void clear() {
		get().defaultDatabaseService().executeTransactionally("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS");
	}

}
