package fr.metrograph.copresence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.ExportEdge;
import fr.metrograph.copresence.CopresenceViews.ExportModel;
import fr.metrograph.copresence.CopresenceViews.ExportNode;
import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.copresence.CopresenceViews.NodeView;

/**
 * Builds co-presence networks: one streamed read of the two-mode data, the in-memory
 * projection, the metrics; and, for exports, the years and documents behind each node and
 * edge.
 */
@Service
public class CopresenceService {

	private static final Logger log = LoggerFactory.getLogger(CopresenceService.class);

	private final AttendanceReader reader;

	private final CopresenceProperties properties;

	CopresenceService(AttendanceReader reader, CopresenceProperties properties) {
		this.reader = reader;
		this.properties = properties;
	}

	/**
	 * The network of a request, with its metrics.
	 * @param request what network to build (see {@link CopresenceRequest#parse})
	 * @return the nodes, edges and figures
	 */
	public NetworkView network(CopresenceRequest request) {
		Built built = build(request, false);
		return new NetworkView(request.network().code(), nodes(built), edges(built), built.metrics.modularity(),
				built.metrics.density(), built.metrics.components(), boxed(built.metrics.componentSizes()),
				built.data.eventCount());
	}

	ExportModel export(CopresenceRequest request) {
		Built built = build(request, true);
		List<NodeView> nodes = nodes(built);
		List<ExportNode> exportNodes = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			TreeSet<Integer> years = new TreeSet<>();
			TreeSet<String> sources = new TreeSet<>();
			for (int e : built.data.eventsOf(i)) {
				addYear(years, built.eventYear[e]);
				sources.addAll(built.pairSources.getOrDefault(key(built, i, e), List.of()));
			}
			exportNodes.add(new ExportNode(nodes.get(i), List.copyOf(years), List.copyOf(sources)));
		}
		List<ExportEdge> exportEdges = new ArrayList<>();
		for (EdgeView edge : edges(built)) {
			int a = built.data.actorIndex(edge.source());
			int b = built.data.actorIndex(edge.target());
			TreeSet<Integer> years = new TreeSet<>();
			TreeSet<String> sources = new TreeSet<>();
			for (int e : built.data.sharedEvents(a, b)) {
				addYear(years, built.eventYear[e]);
				sources.addAll(built.pairSources.getOrDefault(key(built, a, e), List.of()));
				sources.addAll(built.pairSources.getOrDefault(key(built, b, e), List.of()));
			}
			exportEdges.add(new ExportEdge(edge, List.copyOf(years), List.copyOf(sources)));
		}
		return new ExportModel(request.network().code(), exportNodes, exportEdges);
	}

	private Built build(CopresenceRequest request, boolean provenance) {
		long start = System.nanoTime();
		TwoModeData.Builder builder = TwoModeData.builder();
		Map<String, String> names = new HashMap<>();
		List<AttendanceRow> kept = provenance ? new ArrayList<>() : null;
		long rows = this.reader.read(request, (row) -> {
			builder.add(row.actorId(), row.eventId());
			names.putIfAbsent(row.actorId(), (row.actorName() != null) ? row.actorName() : row.actorId());
			if (kept != null) {
				kept.add(row);
			}
		});
		TwoModeData data = builder.build();
		WeightedGraph graph = new OneModeProjection(request.weighting(), request.minWeight()).project(data);
		NetworkMetrics.Result metrics = new NetworkMetrics(this.properties.optionsFor(graph.nodeCount()))
			.compute(graph);
		Built built = new Built(data, names, graph, metrics);
		if (kept != null) {
			built.eventYear = new int[data.eventCount()];
			java.util.Arrays.fill(built.eventYear, Integer.MIN_VALUE);
			for (AttendanceRow row : kept) {
				int e = data.eventIndex(row.eventId());
				if (row.year() != null) {
					built.eventYear[e] = row.year();
				}
				built.pairSources.put(key(built, data.actorIndex(row.actorId()), e), row.sources());
			}
		}
		log.debug("Co-presence {}: {} rows, {} nodes, {} edges in {} ms", request, rows, graph.nodeCount(),
				graph.edgeCount(), (System.nanoTime() - start) / 1_000_000);
		return built;
	}

	private static List<NodeView> nodes(Built built) {
		NetworkMetrics.Result m = built.metrics;
		List<NodeView> nodes = new ArrayList<>(m.nodes());
		for (int i = 0; i < m.nodes(); i++) {
			String id = built.data.actorId(i);
			nodes.add(new NodeView(id, built.names.get(id), m.degree()[i], m.weightedDegree()[i], m.betweenness()[i],
					m.eigenvector()[i], m.community()[i]));
		}
		return nodes;
	}

	private static List<EdgeView> edges(Built built) {
		List<EdgeView> edges = new ArrayList<>();
		for (int a = 0; a < built.graph.nodeCount(); a++) {
			for (int b : built.graph.neighbours(a)) {
				if (a < b) {
					edges.add(new EdgeView(built.data.actorId(a), built.data.actorId(b), built.graph.weight(a, b)));
				}
			}
		}
		return edges;
	}

	private static long key(Built built, int actor, int event) {
		return (long) actor * built.data.eventCount() + event;
	}

	private static void addYear(TreeSet<Integer> years, int year) {
		if (year != Integer.MIN_VALUE) {
			years.add(year);
		}
	}

	private static List<Integer> boxed(int[] values) {
		return java.util.Arrays.stream(values).boxed().toList();
	}

	/** A built network; provenance fields are filled for exports only. */
	private static final class Built {

		final TwoModeData data;

		final Map<String, String> names;

		final WeightedGraph graph;

		final NetworkMetrics.Result metrics;

		int[] eventYear;

		final Map<Long, List<String>> pairSources = new HashMap<>();

		Built(TwoModeData data, Map<String, String> names, WeightedGraph graph, NetworkMetrics.Result metrics) {
			this.data = data;
			this.names = names;
			this.graph = graph;
			this.metrics = metrics;
		}

	}

}
