package fr.metrograph.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import fr.metrograph.cypher.CypherQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start's schema, applied in-process on a new store: every constraint and index
 * of the scripts, online, and recorded the way {@link GraphSchema} records it, so that
 * {@link GraphSchema} finds it current and skips it. An empty store of its own (the
 * shared test database has its schema already).
 */
class FreshStoreSchemaIT {

	private static Neo4j neo4j;

	@BeforeAll
	static void start() {
		neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
	}

	@AfterAll
	static void stop() {
		neo4j.close();
	}

	@Test
	void aNewStoreGetsEveryConstraintAndIndexRecordedAsCurrent() {
		GraphDatabaseService db = neo4j.defaultDatabaseService();
		assertThat(FreshStoreSchema.apply(db, "classpath:no-such-folder/")).as("no scripts there").isFalse();
		assertThat(count(db, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).isZero();

		assertThat(FreshStoreSchema.apply(db, "classpath:cypher/")).isTrue();

		List<Map.Entry<String, String>> scripts = CypherQueries.at("classpath:cypher/").schemaScripts();
		List<String> statements = scripts.stream()
			.flatMap((script) -> GraphSchema.statements(script.getValue()).stream())
			.toList();
		long constraints = statements.stream().filter((s) -> s.startsWith("CREATE CONSTRAINT")).count();
		long indexes = statements.stream().filter((s) -> s.contains("INDEX")).count();
		assertThat(count(db, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).isEqualTo(constraints);
		assertThat(count(db,
				"SHOW INDEXES YIELD type, state WHERE type <> 'LOOKUP' AND state = 'ONLINE' " + "RETURN count(*) AS n"))
			.as("the constraints' indexes and the indexes, all online")
			.isEqualTo(constraints + indexes);
		Map<String, Object> state = db.executeTransactionally(
				"MATCH (s:GraphState {id: 'graph'}) RETURN s.schemaVersion AS version, s.schemaChecksum AS checksum",
				Map.of(), (result) -> result.next());
		assertThat(state).containsEntry("version", scripts.get(scripts.size() - 1).getKey())
			.containsEntry("checksum", GraphSchema.checksum(scripts));

		assertThat(FreshStoreSchema.apply(db, "classpath:cypher/")).as("idempotent").isTrue();
		assertThat(count(db, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")).isEqualTo(constraints);
	}

	private static long count(GraphDatabaseService db, String query) {
		return db.executeTransactionally(query, Map.of(), (result) -> ((Number) result.next().get("n")).longValue());
	}

}
