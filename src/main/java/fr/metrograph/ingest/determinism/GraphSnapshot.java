package fr.metrograph.ingest.determinism;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import fr.metrograph.ingest.read.DocumentReader;

/**
 * The whole graph as a sorted list of text lines, one per node and one per relationship,
 * each with every property, so that two graphs are equal exactly when their snapshots
 * are. A node is named by its labels and its {@code id} property (every node the service
 * writes has one), a relationship by its two ends, type and properties. Left out, because
 * they record when and how many times something was loaded rather than what was loaded:
 * {@link #IGNORED_PROPERTIES} (load timestamps) and the {@code :GraphState} bookkeeping
 * node (a counter of loads). Cost: one pass over every node and relationship, all held in
 * memory: meant for corpora, not for million-node graphs.
 *
 * @param lines the sorted lines
 */
public record GraphSnapshot(List<String> lines) {

	/** Properties that differ between two loads of the same documents by design. */
	public static final Set<String> IGNORED_PROPERTIES = Set.of("ingestedAt", "updatedAt", "loadedAt");

	/**
	 * Reads the graph.
	 * @param driver the driver
	 * @return its snapshot
	 */
	public static GraphSnapshot of(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> {
				Map<String, String> names = new HashMap<>();
				List<String> lines = new ArrayList<>();
				for (Record r : tx
					.run("MATCH (n) WHERE NOT n:GraphState "
							+ "RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props")
					.list()) {
					String labels = r.get("labels")
						.asList(Value::asString)
						.stream()
						.sorted()
						.collect(Collectors.joining(":"));
					Map<String, Object> props = r.get("props").asMap();
					String name = ":" + labels + "{" + ((props.get("id") != null) ? props.get("id") : canonical(props))
							+ "}";
					names.put(r.get("eid").asString(), name);
					lines.add("N " + name + " " + canonical(props));
				}
				for (Record r : tx
					.run("MATCH (a)-[r]->(b) WHERE NOT a:GraphState AND NOT b:GraphState "
							+ "RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props")
					.list()) {
					lines.add("R " + names.get(r.get("a").asString()) + " -[:" + r.get("type").asString() + " "
							+ canonical(r.get("props").asMap()) + "]-> " + names.get(r.get("b").asString()));
				}
				lines.sort(null);
				return new GraphSnapshot(List.copyOf(lines));
			});
		}
	}

	/** Properties sorted by key, values printed canonically, ignored ones left out. */
	static String canonical(Map<String, Object> properties) {
		Map<String, Object> sorted = new TreeMap<>(properties);
		IGNORED_PROPERTIES.forEach(sorted::remove);
		return sorted.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + value(e.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static String value(Object value) {
		if (value instanceof String text) {
			return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphSnapshot::value).collect(Collectors.joining(", ", "[", "]"));
		}
		return String.valueOf(value);
	}

	/** SHA-256 of the lines: equal graphs, equal digests. */
	public String digest() {
		return DocumentReader.sha256(String.join("\n", this.lines).getBytes(StandardCharsets.UTF_8));
	}

	/** Number of node lines. */
	public long nodes() {
		return this.lines.stream().filter((line) -> line.startsWith("N ")).count();
	}

	/** Number of relationship lines. */
	public long relationships() {
		return this.lines.size() - nodes();
	}

	/**
	 * The lines only one of the two snapshots has.
	 * @param other the other snapshot
	 * @return lines of this one missing from the other (prefixed {@code "- "}) and lines
	 * of the other missing from this one ({@code "+ "}), sorted; empty when the graphs
	 * are equal
	 */
	public List<String> differences(GraphSnapshot other) {
		Map<String, Integer> counts = new HashMap<>();
		this.lines.forEach((line) -> counts.merge(line, 1, Integer::sum));
		other.lines.forEach((line) -> counts.merge(line, -1, Integer::sum));
		Set<String> out = new TreeSet<>((a, b) -> {
			int c = a.substring(2).compareTo(b.substring(2));
			return (c != 0) ? c : a.compareTo(b);
		});
		counts.forEach((line, n) -> {
			for (int i = 0; i < Math.abs(n); i++) {
				out.add(((n > 0) ? "- " : "+ ") + line + ((i > 0) ? " (×" + (i + 1) + ")" : ""));
			}
		});
		return List.copyOf(out);
	}

}
