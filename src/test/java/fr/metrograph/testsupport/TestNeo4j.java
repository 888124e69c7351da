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

	/**
	 * Deletes every node and relationship (the schema stays), and gives the empty graph a
	 * content version no earlier graph of this run had: tests write fixtures straight
	 * into the database, past the service, and the service's caches are keyed on that
	 * version.
	 */
	public static synchronized void clear() {
		long previous = get().defaultDatabaseService()
			.executeTransactionally("OPTIONAL MATCH (s:GraphState {id: 'graph'}) RETURN coalesce(s.version, 0) AS v",
					java.util.Map.of(), (result) -> ((Number) result.next().get("v")).longValue());
		get().defaultDatabaseService().executeTransactionally("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS");
		// Above every version seen so far, whoever bumped it (a test may bump it past the
		// counter), so no cache can take the new graph for an earlier one.
		long version = VERSIONS.updateAndGet((v) -> Math.max(v, previous) + 1);
		get().defaultDatabaseService()
			.executeTransactionally("MERGE (s:GraphState {id: 'graph'}) SET s.version = $version",
					java.util.Map.of("version", version));
	}

	private static final java.util.concurrent.atomic.AtomicLong VERSIONS = new java.util.concurrent.atomic.AtomicLong(
			1_000_000);

}
