package fr.metrograph.ingest.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.Slugs;

/**
 * The graph side of the curation step, run in the same write transaction right after a
 * document's facts are written: marks accepted and corrected facts, names and spells the
 * curated people, attaches unresolved mentions, marks reviewed conflicts, and records on
 * the document which corrections applied to it ({@code Document.curations}; a correction
 * in force that no document lists is stale). Also applies the curated names of
 * metropolises after the reference lists are written. Statements in
 * {@code cypher/queries/curation/}.
 */
public class CurationMarks {

	private static final List<String> QUERIES = List.of("mark_facts", "mark_nodes", "mark_people", "attach_mentions",
			"mark_conflicts", "mark_document", "curate_metropolises", "reset_metropolises");

	private final Map<String, String> statements = new HashMap<>();

	public CurationMarks(CypherQueries queries) {
		QUERIES.forEach((name) -> this.statements.put(name, queries.get("curation/" + name)));
	}

	/**
	 * Applies the graph side of a curated document.
	 * @param tx the write transaction that wrote the document
	 * @param docId the document's id
	 * @param result what the curation step decided
	 * @return the ids of the corrections that applied to the document
	 */
	public Set<String> apply(TransactionContext tx, String docId, CurationStep.Result result) {
		Set<String> applied = new LinkedHashSet<>(result.applied());
		List<Map<String, Object>> relationships = new ArrayList<>();
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (CurationStep.Mark mark : result.marks()) {
			FactIdentity identity = mark.identity();
			Map<String, Object> row = new HashMap<>();
			row.put("correction", mark.correction());
			row.put("by", mark.by());
			row.put("corrected", mark.corrected());
			if (identity.isNode() && !"MENTIONED_IN".equals(identity.type())) {
				row.put("label", identity.type());
				row.put("id", identity.start());
				nodes.add(row);
			}
			else if (!identity.isNode()) {
				row.put("type", identity.type());
				row.put("start", identity.start());
				row.put("end", identity.end());
				row.put("properties", identity.typedProperties());
				relationships.add(row);
			}
		}
		if (!relationships.isEmpty()) {
			applied.addAll(corrections(tx, "mark_facts", Map.of("docId", docId, "marks", relationships)));
		}
		if (!nodes.isEmpty()) {
			applied.addAll(corrections(tx, "mark_nodes", Map.of("docId", docId, "marks", nodes)));
		}
		people(tx, result);
		List<Map<String, Object>> attachments = result.attachments().stream().map((c) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", c.id());
			row.put("by", c.byName());
			row.put("mention", c.mention());
			row.put("kind", c.kind());
			row.put("entity", c.entity());
			return row;
		}).toList();
		if (!attachments.isEmpty()) {
			applied.addAll(corrections(tx, "attach_mentions", Map.of("docId", docId, "rows", attachments)));
		}
		List<Map<String, Object>> conflicts = result.conflicts()
			.stream()
			.map((c) -> Map.<String, Object>of("id", c.id(), "by", String.valueOf(c.byName()), "conflict",
					c.conflict()))
			.toList();
		if (!conflicts.isEmpty()) {
			applied.addAll(corrections(tx, "mark_conflicts", Map.of("docId", docId, "rows", conflicts)));
		}
		tx.run(this.statements.get("mark_document"),
				Map.of("docId", docId, "corrections", applied.stream().sorted().toList()))
			.consume();
		return applied;
	}

	/**
	 * Applies the curated names and spellings of metropolises (after the reference lists
	 * were written).
	 * @param tx a write transaction
	 * @param curation the corrections
	 * @return whether it may have changed the graph (then the caller bumps the graph
	 * version in the same transaction)
	 */
	public boolean metropolises(TransactionContext tx, Curation curation) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		for (Correction c : curation.active()) {
			if (c.kindOfAction() == Correction.Action.RENAME_METROPOLIS
					|| c.kindOfAction() == Correction.Action.ALIAS_METROPOLIS) {
				Map<String, Object> row = rows.computeIfAbsent(c.metropolis(), (id) -> {
					Map<String, Object> r = new HashMap<>();
					r.put("id", id);
					r.put("name", null);
					r.put("aliases", new ArrayList<String>());
					return r;
				});
				if (c.kindOfAction() == Correction.Action.RENAME_METROPOLIS) {
					row.put("name", c.name());
				}
				else {
					@SuppressWarnings("unchecked")
					List<String> aliases = (List<String>) row.get("aliases");
					aliases.addAll(c.spellings());
				}
			}
		}
		boolean forgot = tx.run(this.statements.get("reset_metropolises"), Map.of("ids", List.copyOf(rows.keySet())))
			.consume()
			.counters()
			.propertiesSet() > 0;
		if (!rows.isEmpty()) {
			tx.run(this.statements.get("curate_metropolises"), Map.of("rows", List.copyOf(rows.values()))).consume();
		}
		return forgot || !rows.isEmpty();
	}

	private void people(TransactionContext tx, CurationStep.Result result) {
		Set<String> ids = new LinkedHashSet<>(result.renames().keySet());
		ids.addAll(result.aliases().keySet());
		if (ids.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String id : ids) {
			List<String> aliases = result.aliases().getOrDefault(id, List.of());
			Map<String, Object> row = new HashMap<>();
			row.put("id", id);
			row.put("name", result.renames().get(id));
			row.put("aliases", aliases);
			row.put("keys", aliases.stream().map(Slugs::fold).toList());
			rows.add(row);
		}
		tx.run(this.statements.get("mark_people"), Map.of("rows", rows)).consume();
	}

	private List<String> corrections(TransactionContext tx, String query, Map<String, Object> parameters) {
		return tx.run(this.statements.get(query), parameters).single().get("corrections").asList((v) -> v.asString());
	}

}
