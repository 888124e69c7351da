package fr.metrograph.ingest;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.ingest.write.FileLoader;

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

	/** What the graph holds of a file: sizes its next load and tells a first one. */
	FileLoader.Stored stored(String storedPath) {
		return stored(read("ingest/document_fingerprints", Map.of("path", storedPath)));
	}

	/** The same, from the rows of {@code ingest/document_fingerprints} already read. */
	static FileLoader.Stored stored(List<Record> fingerprints) {
		return new FileLoader.Stored(fingerprints.size(),
				fingerprints.stream().mapToLong((r) -> r.get("facts").asLong(0)).sum());
	}

}
