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

	/** Versions given to cleared graphs: never twice the same in a run. */
	private static final java.util.concurrent.atomic.AtomicLong VERSIONS = new java.util.concurrent.atomic.AtomicLong(
			1_000_000);

	/**
	 * Deletes every node and relationship (the schema stays) and gives the empty graph a
	 * graph version never used before in this run, so that the service's caches (keyed on
	 * it, see {@code GraphVersion}) never serve what an earlier test's graph gave.
	 * Fixtures loaded afterwards keep that version; ingests bump it.
	 */
	public static void clear() {
		get().defaultDatabaseService().executeTransactionally("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS");
		get().defaultDatabaseService()
			.executeTransactionally("CREATE (:GraphState {id: 'graph', version: $version, reason: 'test'})",
					java.util.Map.of("version", VERSIONS.addAndGet(1000)));
	}

}
