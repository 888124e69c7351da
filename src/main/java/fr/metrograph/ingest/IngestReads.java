package fr.metrograph.ingest;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import fr.metrograph.cypher.CypherQueries;

/**
 * The small reads of the ingest pipeline: a named query in its own read transaction, and
 * the graph's node and relationship counts (before and after a run, for the report).
 */
final class IngestReads {

	private final Driver driver;

	private final CypherQueries queries;

	IngestReads(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/** Every row of a named query, read in one transaction. */
	List<Record> read(String query, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(this.queries.get(query), parameters).list());
		}
	}

	/** The graph's node and relationship counts. */
	long[] countGraph() {
		Record record = read("ingest/count_graph", Map.of()).get(0);
		return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong() };
	}

	/** The facts (rows) stored for a file's documents, summed: sizes a staged load. */
	long factsOf(String storedPath) {
		return read("ingest/document_fingerprints", Map.of("path", storedPath)).stream()
			.mapToLong((r) -> r.get("facts").asLong(0))
			.sum();
	}

}
