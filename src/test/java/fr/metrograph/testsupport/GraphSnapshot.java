package fr.metrograph.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * The whole test graph as sorted text, for comparing two graphs: every node (labels and
 * properties) and relationship (type, ends' ids and properties), except what records when
 * or by which run something was written (load times, fingerprints, the graph version).
 */
public final class GraphSnapshot {

	private static final Set<String> VOLATILE = Set.of("ingestedAt", "fingerprint", "version", "changedAt", "reason");

	private GraphSnapshot() {
	}

	public static String take() {
		List<String> lines = new ArrayList<>();
		try (Transaction tx = TestNeo4j.get().defaultDatabaseService().beginTx()) {
			for (Node node : tx.getAllNodes()) {
				if (node.hasLabel(org.neo4j.graphdb.Label.label("GraphState"))) {
					continue;
				}
				List<String> labels = new ArrayList<>();
				node.getLabels().forEach((l) -> labels.add(l.name()));
				labels.sort(null);
				lines.add("N " + labels + " " + properties(node.getAllProperties()));
			}
			for (Relationship r : tx.getAllRelationships()) {
				lines.add("R " + r.getStartNode().getProperty("id", "?") + " -" + r.getType().name() + "-> "
						+ r.getEndNode().getProperty("id", "?") + " " + properties(r.getAllProperties()));
			}
			tx.commit();
		}
		lines.sort(null);
		return String.join("\n", lines);
	}

	private static String text(Object value) {
		if (value != null && value.getClass().isArray()) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
				items.add(String.valueOf(java.lang.reflect.Array.get(value, i)));
			}
			return items.toString();
		}
		return String.valueOf(value);
	}

	/**
	 * The lines of {@code a} that {@code b} lacks and the reverse, for a readable
	 * failure.
	 */
	public static String difference(String a, String b) {
		Set<String> left = new java.util.LinkedHashSet<>(List.of(a.split("\n")));
		Set<String> right = new java.util.LinkedHashSet<>(List.of(b.split("\n")));
		StringBuilder out = new StringBuilder();
		left.stream()
			.filter((line) -> !right.contains(line))
			.forEach((line) -> out.append("- ").append(line).append('\n'));
		right.stream()
			.filter((line) -> !left.contains(line))
			.forEach((line) -> out.append("+ ").append(line).append('\n'));
		return out.toString();
	}

	private static String properties(Map<String, Object> properties) {
		Map<String, String> sorted = new TreeMap<>();
		properties.forEach((key, value) -> {
			if (!VOLATILE.contains(key)) {
				sorted.put(key, text(value));
			}
		});
		return sorted.toString();
	}

}
