package fr.metrograph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.reference.ReferenceData;

/**
 * Writes the reference metropolises, EPTs and organisations as nodes, so every body of
 * the network exists in the graph (with its official name, kind and aliases) even before
 * a document names it. Idempotent, and skipped when the graph already holds this version
 * of the lists (their hash is kept on the {@code GraphState} node): every ingest run
 * starts with it.
 */
final class ReferenceSync {

	private ReferenceSync() {
	}

	static void sync(Driver driver, CypherQueries queries, ReferenceData reference, String hash) {
		try (var session = driver.session()) {
			String stored = session
				.executeRead((tx) -> tx.run(queries.get("ingest/reference_hash")).single().get("hash").asString(null));
			if (hash.equals(stored)) {
				return;
			}
		}
		List<Map<String, Object>> metropolises = reference.metropolises().stream().map((m) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", m.id());
			row.put("name", m.name());
			row.put("shortName", m.shortName());
			row.put("kind", m.kind());
			row.put("seat", m.seat());
			row.put("aliases", m.aliases());
			row.put("parent", m.parent());
			row.put("population", m.population());
			row.put("created", m.created());
			return row;
		}).toList();
		List<Map<String, Object>> organizations = reference.organizations()
			.stream()
			.map((o) -> Map.<String, Object>of("id", o.id(), "name", o.name(), "kind", o.kind(), "aliases",
					o.aliases()))
			.toList();
		try (var session = driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run(queries.get("reference/merge_metropolises"), Map.of("rows", metropolises)).consume();
				tx.run(queries.get("reference/merge_organizations"), Map.of("rows", organizations)).consume();
				tx.run(queries.get("ingest/store_reference_hash"), Map.of("hash", hash)).consume();
				tx.run(queries.get("graph/bump_graph_version"), Map.of("reason", "reference")).consume();
			});
		}
	}

}
