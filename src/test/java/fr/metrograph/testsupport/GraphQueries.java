package fr.metrograph.testsupport;

import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Result;

/**
 * Small Cypher helpers for assertions, run straight on the harness database.
 */
public final class GraphQueries {

	private GraphQueries() {
	}

	/** Rows of a query as maps. */
	public static List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally(cypher, parameters, (Result result) -> result.stream().toList());
	}

	public static List<Map<String, Object>> rows(String cypher) {
		return rows(cypher, Map.of());
	}

	/** The single value of a one-row, one-column query. */
	@SuppressWarnings("unchecked")
	public static <T> T value(String cypher, Map<String, Object> parameters) {
		List<Map<String, Object>> rows = rows(cypher, parameters);
		return (T) rows.get(0).values().iterator().next();
	}

	public static <T> T value(String cypher) {
		return value(cypher, Map.of());
	}

	/**
	 * Node and relationship counts of the content (the GraphState bookkeeping node and
	 * staged loads aside).
	 */
	public static long[] counts() {
		long nodes = value("MATCH (n) WHERE NOT (n:GraphState OR n:PendingLoad OR n:PendingBatch) RETURN count(n)");
		long relationships = value("MATCH ()-[r]->() RETURN count(r)");
		return new long[] { nodes, relationships };
	}

	/** Short names of metropolises matching a pattern's column {@code name}, sorted. */
	public static List<String> names(String cypher, Map<String, Object> parameters) {
		return rows(cypher, parameters).stream().map((row) -> (String) row.get("name")).sorted().toList();
	}

}
