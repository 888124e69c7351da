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
 * a document names it. Idempotent.
 */
final class ReferenceSync {

	private ReferenceSync() {
	}

	static void sync(Driver driver, CypherQueries queries, ReferenceData reference) {
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
			});
		}
	}

}
