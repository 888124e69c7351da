package fr.metrograph.copresence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.metrograph.copresence.CopresenceViews.EdgePage;
import fr.metrograph.copresence.CopresenceViews.EdgeView;
import fr.metrograph.copresence.CopresenceViews.JobView;
import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.copresence.CopresenceViews.NodeView;

/**
 * Co-presence networks for the API, the charts and the reports: the network of a request
 * comes from {@link NetworkStore} (one streamed read and the in-memory projection, cached
 * per parameters and graph version), its metrics are computed only when asked for and
 * then kept, heavy ones on a large network in a background job ({@link CopresenceJobs}),
 * and answers are pages: nodes ranked by a metric, edges strongest first.
 */
@Service
public class CopresenceService {

	/** The most nodes one page may hold. */
	static final int MAX_LIMIT = 10_000;

	/** The most edges one page may hold. */
	static final int MAX_EDGE_LIMIT = 100_000;

	private final NetworkStore store;

	private final CopresenceJobs jobs;

	private final CopresenceProperties properties;

	CopresenceService(NetworkStore store, CopresenceJobs jobs, CopresenceProperties properties) {
		this.store = store;
		this.jobs = jobs;
		this.properties = properties;
	}

	/**
	 * What a page request asks for beyond the network itself.
	 *
	 * @param metrics the per-node metrics wanted, or null for the default (all of them on
	 * a network of at most {@code app.copresence.exact-betweenness-limit} nodes, degree
	 * and weighted degree beyond)
	 * @param sort the metric nodes are ranked by, or null for weighted degree
	 * @param limit nodes per page, or null for {@code app.copresence.page-size}
	 * @param edgeLimit edges per page, or null for {@code app.copresence.edges-per-page}
	 * @param cursor the previous page's {@code nextCursor}, or null for the first page
	 */
	public record PageRequest(Set<Metric> metrics, Metric sort, Integer limit, Integer edgeLimit, String cursor) {

		/** The first page with the defaults. */
		public static PageRequest first() {
			return new PageRequest(null, null, null, null, null);
		}

	}

	/** An answer: the page, or the job computing what it needs. */
	public sealed interface Answer permits Ready, Pending {

	}

	/** The page is ready. */
	public record Ready(NetworkView view) implements Answer {
	}

	/** Heavy metrics are being computed: poll the job, then ask again. */
	public record Pending(JobView job) implements Answer {
	}

	/**
	 * The whole network with every metric, nodes in id order, for the charts and the
	 * yearly report (networks of a year, small).
	 */
	public NetworkView network(CopresenceRequest request) {
		ProjectedNetwork network = this.store.get(request);
		Set<Metric> all = EnumSet.allOf(Metric.class);
		network.compute(all, (fraction) -> {
		});
		List<NodeView> nodes = new ArrayList<>(network.nodes());
		for (int i = 0; i < network.nodes(); i++) {
			nodes.add(node(network, i, all));
		}
		List<EdgeView> edges = new ArrayList<>();
		WeightedGraph graph = network.graph();
		for (int a = 0; a < graph.nodeCount(); a++) {
			for (int b : graph.neighbours(a)) {
				if (a < b) {
					edges.add(new EdgeView(network.id(a), network.id(b), graph.weight(a, b)));
				}
			}
		}
		return view(request, network, nodes, edges, all, Metric.WEIGHTED_DEGREE, edges.size(), null);
	}

	/**
	 * One page of a network: its figures, a page of ranked nodes and their edges.
	 * @param request the network
	 * @param page what to compute and which page
	 * @param resultUrl the URL that answers this request, for a job to point back to
	 * @return the page, or the job computing the metrics it needs
	 */
	public Answer page(CopresenceRequest request, PageRequest page, String resultUrl) {
		int limit = bounded("limit", page.limit(), this.properties.pageSize(), 1, MAX_LIMIT);
		int edgeLimit = bounded("edgeLimit", page.edgeLimit(), this.properties.edgesPerPage(), 0, MAX_EDGE_LIMIT);
		Metric sort = (page.sort() != null) ? page.sort() : Metric.WEIGHTED_DEGREE;
		if (sort == Metric.COMMUNITY) {
			throw new InvalidCopresenceRequestException("sort", sort.code(),
					"On ne classe pas les nœuds par communauté : choisissez degree, weightedDegree, betweenness "
							+ "ou eigenvector.");
		}
		long version = this.store.version();
		int fingerprint = Objects.hash(request, sort);
		int offset = (page.cursor() != null) ? Cursor.decode(page.cursor(), version, fingerprint).offset() : 0;
		ProjectedNetwork network = this.store.get(request);
		Set<Metric> metrics = metrics(page.metrics(), network);
		metrics.add(sort);
		Answer pending = computeOrDelegate(request, network, metrics, version, resultUrl);
		if (pending != null) {
			return pending;
		}
		int[] order = network.order(sort);
		NetworkPages.NodePage nodePage = NetworkPages.nodes(network.graph(), order, offset, limit, edgeLimit);
		List<NodeView> nodes = new ArrayList<>(nodePage.nodes().length);
		for (int node : nodePage.nodes()) {
			nodes.add(node(network, node, metrics));
		}
		List<EdgeView> edges = new ArrayList<>(nodePage.edges().size());
		for (int i = 0; i < nodePage.edges().size(); i++) {
			int[] edge = nodePage.edges().get(i);
			edges.add(new EdgeView(network.id(edge[0]), network.id(edge[1]), nodePage.weights().get(i)));
		}
		int next = offset + nodePage.nodes().length;
		String cursor = (next < network.nodes()) ? Cursor.nodes(version, fingerprint, next).encode() : null;
		return new Ready(view(request, network, nodes, edges, metrics, sort, nodePage.pageEdges(), cursor));
	}

	/**
	 * A page of the network's edges, strongest first (ties by the ids of their ends).
	 * @param request the network
	 * @param limit edges per page, or null for {@code app.copresence.edges-per-page}
	 * @param cursor the previous page's {@code nextCursor}, or null
	 * @return the page
	 */
	public EdgePage edges(CopresenceRequest request, Integer limit, String cursor) {
		int size = bounded("limit", limit, this.properties.edgesPerPage(), 1, MAX_EDGE_LIMIT);
		long version = this.store.version();
		int fingerprint = Objects.hash(request, "edges");
		ProjectedNetwork network = this.store.get(request);
		List<EdgeView> edges;
		if (cursor == null) {
			edges = NetworkPages.strongest(network, 0, -1, -1, size);
		}
		else {
			Cursor after = Cursor.decode(cursor, version, fingerprint);
			edges = NetworkPages.strongest(network, after.weight(), after.u(), after.v(), size);
		}
		String next = null;
		if (edges.size() == size) {
			EdgeView last = edges.get(edges.size() - 1);
			int u = network.data().actorIndex(last.source());
			int v = network.data().actorIndex(last.target());
			next = new Cursor(version, fingerprint, 0, last.weight(), u, v).encode();
		}
		return new EdgePage(request.network().code(), edges, network.edges(), next);
	}

	/** A background job by id, or null. */
	public JobView job(String id) {
		return this.jobs.find(id);
	}

	/**
	 * The network of a request with the given metrics computed, or the job computing
	 * them. For exports.
	 */
	Answer prepare(CopresenceRequest request, Set<Metric> wanted, String resultUrl) {
		ProjectedNetwork network = this.store.get(request);
		Set<Metric> metrics = metrics(wanted, network);
		Answer pending = computeOrDelegate(request, network, metrics, this.store.version(), resultUrl);
		return (pending != null) ? pending : new Ready(null);
	}

	ProjectedNetwork projected(CopresenceRequest request) {
		return this.store.get(request);
	}

	Set<Metric> metrics(Set<Metric> wanted, ProjectedNetwork network) {
		if (wanted != null) {
			return wanted.isEmpty() ? EnumSet.noneOf(Metric.class) : EnumSet.copyOf(wanted);
		}
		return (network.nodes() <= this.properties.exactBetweennessLimit()) ? EnumSet.allOf(Metric.class)
				: EnumSet.copyOf(Metric.light());
	}

	/** Computes missing heavy metrics now, or returns the job computing them. */
	private Answer computeOrDelegate(CopresenceRequest request, ProjectedNetwork network, Set<Metric> metrics,
			long version, String resultUrl) {
		if (network.has(metrics)) {
			return null;
		}
		if (network.edges() > this.properties.backgroundEdges()) {
			Set<Metric> heavy = EnumSet.noneOf(Metric.class);
			metrics.stream().filter(Metric::heavy).forEach(heavy::add);
			return new Pending(this.jobs.submit(network, version + "|" + request, heavy, resultUrl));
		}
		network.compute(metrics, (fraction) -> {
		});
		return null;
	}

	static NodeView node(ProjectedNetwork network, int i, Set<Metric> metrics) {
		return new NodeView(network.id(i), network.name(i), (Integer) value(network, Metric.DEGREE, i, metrics),
				(Double) value(network, Metric.WEIGHTED_DEGREE, i, metrics),
				(Double) value(network, Metric.BETWEENNESS, i, metrics),
				(Double) value(network, Metric.EIGENVECTOR, i, metrics),
				(Integer) value(network, Metric.COMMUNITY, i, metrics));
	}

	private static Number value(ProjectedNetwork network, Metric metric, int node, Set<Metric> metrics) {
		return metrics.contains(metric) ? network.value(metric, node) : null;
	}

	private static NetworkView view(CopresenceRequest request, ProjectedNetwork network, List<NodeView> nodes,
			List<EdgeView> edges, Set<Metric> metrics, Metric sort, long pageEdges, String cursor) {
		Double modularity = metrics.contains(Metric.COMMUNITY) ? network.communities().modularity() : null;
		return new NetworkView(request.network().code(), nodes, edges, modularity, network.density(),
				network.componentSizes().length, java.util.Arrays.stream(network.componentSizes()).boxed().toList(),
				network.data().eventCount(), metrics.stream().map(Metric::code).toList(), network.nodes(),
				network.edges(), sort.code(), pageEdges, cursor);
	}

	private static int bounded(String parameter, Integer value, int fallback, int min, int max) {
		if (value == null) {
			return fallback;
		}
		if (value < min || value > max) {
			throw new InvalidCopresenceRequestException(parameter, value, "Le paramètre " + parameter
					+ " doit être compris entre " + min + " et " + max + " (reçu " + value + ").");
		}
		return value;
	}

}
