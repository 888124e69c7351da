package fr.metrograph.copresence;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.ExportEdge;
import fr.metrograph.copresence.CopresenceViews.ExportModel;
import fr.metrograph.copresence.CopresenceViews.ExportNode;

/**
 * The model of a network export: the cached network and its metrics, plus the years and
 * documents behind every node and edge, from one streamed read of the attendance with its
 * provenance. Nodes and edges are produced one at a time while the export is written, so
 * memory holds the provenance of each (actor, meeting) pair, not the export.
 */
@Service
class ExportService {

	private final CopresenceService copresence;

	private final AttendanceReader reader;

	ExportService(CopresenceService copresence, AttendanceReader reader) {
		this.copresence = copresence;
		this.reader = reader;
	}

	/**
	 * The export of a request, or the job computing the metrics it needs first.
	 * @param request the network
	 * @param wanted the metrics to include, or null for the API's default
	 * @param resultUrl the export's URL, for the job to point back to
	 * @param model receives the model when it is ready
	 * @return the answer: ready (the model was given) or pending (a job)
	 */
	CopresenceService.Answer export(CopresenceRequest request, Set<Metric> wanted, String resultUrl,
			java.util.function.Consumer<ExportModel> model) {
		CopresenceService.Answer answer = this.copresence.prepare(request, wanted, resultUrl);
		if (answer instanceof CopresenceService.Pending) {
			return answer;
		}
		ProjectedNetwork network = this.copresence.projected(request);
		Set<Metric> metrics = this.copresence.metrics(wanted, network);
		Provenance provenance = provenance(request, network);
		model.accept(new ExportModel(request.network().code(), () -> nodes(network, metrics, provenance),
				() -> edges(network, provenance)));
		return answer;
	}

	/** Years of the meetings and documents of each (actor, meeting) pair. */
	private record Provenance(int[] eventYear, Map<Long, List<String>> sources, int events) {

		List<String> of(int actor, int event) {
			return this.sources.getOrDefault((long) actor * this.events + event, List.of());
		}

	}

	private Provenance provenance(CopresenceRequest request, ProjectedNetwork network) {
		TwoModeData data = network.data();
		int[] eventYear = new int[data.eventCount()];
		java.util.Arrays.fill(eventYear, Integer.MIN_VALUE);
		Map<Long, List<String>> sources = new HashMap<>();
		Map<String, String> interned = new HashMap<>();
		this.reader.read(request, (row) -> {
			int a = data.actorIndex(row.actorId());
			int e = data.eventIndex(row.eventId());
			if (a < 0 || e < 0) {
				// Changed since the network was cached: left out rather than misplaced.
				return;
			}
			if (row.year() != null) {
				eventYear[e] = row.year();
			}
			sources.put((long) a * data.eventCount() + e,
					row.sources().stream().map((s) -> interned.computeIfAbsent(s, (k) -> k)).toList());
		});
		return new Provenance(eventYear, sources, data.eventCount());
	}

	private static Iterator<ExportNode> nodes(ProjectedNetwork network, Set<Metric> metrics, Provenance provenance) {
		TwoModeData data = network.data();
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < network.nodes();
			}

			@Override
			public ExportNode next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				int i = this.next++;
				TreeSet<Integer> years = new TreeSet<>();
				TreeSet<String> sources = new TreeSet<>();
				for (int e : data.eventsOf(i)) {
					if (provenance.eventYear()[e] != Integer.MIN_VALUE) {
						years.add(provenance.eventYear()[e]);
					}
					sources.addAll(provenance.of(i, e));
				}
				return new ExportNode(CopresenceService.node(network, i, metrics), List.copyOf(years),
						List.copyOf(sources));
			}

		};
	}

	private static Iterator<ExportEdge> edges(ProjectedNetwork network, Provenance provenance) {
		WeightedGraph graph = network.graph();
		TwoModeData data = network.data();
		int[] start = graph.start();
		int[] targets = graph.targets();
		double[] weights = graph.weights();
		return new Iterator<>() {

			private int a;

			private int k = advance(0, start[0] - 1);

			/** The next position {@code > from} of an edge {@code a < b}, moving rows. */
			private int advance(int row, int from) {
				int position = from + 1;
				int current = row;
				while (current < graph.nodeCount()) {
					while (position < start[current + 1]) {
						if (targets[position] > current) {
							this.a = current;
							return position;
						}
						position++;
					}
					current++;
				}
				this.a = current;
				return position;
			}

			@Override
			public boolean hasNext() {
				return this.a < graph.nodeCount();
			}

			@Override
			public ExportEdge next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				int u = this.a;
				int v = targets[this.k];
				double w = weights[this.k];
				this.k = advance(u, this.k);
				TreeSet<Integer> years = new TreeSet<>();
				TreeSet<String> sources = new TreeSet<>();
				for (int e : data.sharedEvents(u, v)) {
					if (provenance.eventYear()[e] != Integer.MIN_VALUE) {
						years.add(provenance.eventYear()[e]);
					}
					sources.addAll(provenance.of(u, e));
					sources.addAll(provenance.of(v, e));
				}
				return new ExportEdge(new EdgeView(network.id(u), network.id(v), w), List.copyOf(years),
						List.copyOf(sources));
			}

		};
	}

}
