package fr.metrograph.copresence;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;

/**
 * One co-presence network at one graph version: the two-mode data, the projected graph,
 * its cheap figures (degree, strength, components, density) computed at once, and the
 * heavy metrics computed the first time they are asked for and kept, each exactly once
 * even when several requests or jobs ask at the same time. Instances live in
 * {@link NetworkStore}'s version-keyed cache, so a metric is computed once per network,
 * parameters and graph version. Thread-safe; the arrays it hands out must not be
 * modified.
 */
final class ProjectedNetwork {

	/** The heavy metrics' results; betweenness and eigenvector are scores. */
	record Communities(int[] community, double modularity) {
	}

	private final TwoModeData data;

	private final String[] names;

	private final WeightedGraph graph;

	private final NetworkMetrics.Options options;

	private final int[] degree;

	private final double[] strength;

	private final int[] componentSizes;

	private final double density;

	private final Map<Metric, FutureTask<Object>> heavy = new EnumMap<>(Metric.class);

	private final Map<Metric, int[]> orders = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * @param data the two-mode data
	 * @param names display name of each actor, indexed like {@code data}
	 * @param graph the projection
	 * @param options betweenness sampling and seed for this network's size
	 */
	ProjectedNetwork(TwoModeData data, String[] names, WeightedGraph graph, NetworkMetrics.Options options) {
		this.data = data;
		this.names = names;
		this.graph = graph;
		this.options = options;
		int n = graph.nodeCount();
		this.degree = new int[n];
		this.strength = new double[n];
		for (int v = 0; v < n; v++) {
			this.degree[v] = graph.degree(v);
			this.strength[v] = graph.strength(v);
		}
		this.componentSizes = new ConnectedComponents().compute(graph).sizes();
		long m = graph.edgeCount();
		this.density = (n < 2) ? 0.0 : 2.0 * m / ((double) n * (n - 1));
	}

	TwoModeData data() {
		return this.data;
	}

	WeightedGraph graph() {
		return this.graph;
	}

	String id(int node) {
		return this.data.actorId(node);
	}

	String name(int node) {
		return this.names[node];
	}

	int nodes() {
		return this.graph.nodeCount();
	}

	long edges() {
		return this.graph.edgeCount();
	}

	int[] degree() {
		return this.degree;
	}

	double[] strength() {
		return this.strength;
	}

	int[] componentSizes() {
		return this.componentSizes;
	}

	double density() {
		return this.density;
	}

	/**
	 * Node indices ranked by decreasing value of a metric (computed beforehand), ties by
	 * id; computed once per metric.
	 */
	int[] order(Metric metric) {
		return this.orders.computeIfAbsent(metric, (m) -> NetworkPages.rank(nodes(), (i) -> value(m, i).doubleValue()));
	}

	/** Whether every metric of the set is already computed. */
	boolean has(Set<Metric> metrics) {
		synchronized (this.heavy) {
			return metrics.stream()
				.allMatch((m) -> !m.heavy() || (this.heavy.containsKey(m) && this.heavy.get(m).isDone()));
		}
	}

	/** Normalised betweenness of every node, computed once. */
	double[] betweenness(DoubleConsumer progress) {
		return (double[]) compute(Metric.BETWEENNESS,
				() -> new BetweennessCentrality(true, this.options.betweennessSamples(), this.options.seed())
					.scores(this.graph, progress));
	}

	/** Eigenvector centrality (max 1) of every node, computed once. */
	double[] eigenvector() {
		return (double[]) compute(Metric.EIGENVECTOR, () -> new EigenvectorCentrality().compute(this.graph).scores());
	}

	/** Louvain communities and their modularity, computed once. */
	Communities communities() {
		return (Communities) compute(Metric.COMMUNITY, () -> {
			Louvain.Result result = new Louvain(1.0, this.options.seed()).compute(this.graph);
			return new Communities(result.community(), result.modularity());
		});
	}

	/** The value of one metric for a node, or null when it is not computed. */
	Number value(Metric metric, int node) {
		return switch (metric) {
			case DEGREE -> this.degree[node];
			case WEIGHTED_DEGREE -> this.strength[node];
			case BETWEENNESS -> done(Metric.BETWEENNESS) ? betweenness((f) -> {
			})[node] : null;
			case EIGENVECTOR -> done(Metric.EIGENVECTOR) ? eigenvector()[node] : null;
			case COMMUNITY -> done(Metric.COMMUNITY) ? communities().community()[node] : null;
		};
	}

	/** Computes the heavy metrics of a set that are missing, one after the other. */
	void compute(Set<Metric> metrics, DoubleConsumer progress) {
		if (metrics.contains(Metric.BETWEENNESS)) {
			betweenness(progress);
		}
		if (metrics.contains(Metric.EIGENVECTOR)) {
			eigenvector();
		}
		if (metrics.contains(Metric.COMMUNITY)) {
			communities();
		}
	}

	private boolean done(Metric metric) {
		synchronized (this.heavy) {
			FutureTask<Object> task = this.heavy.get(metric);
			return task != null && task.isDone();
		}
	}

	private Object compute(Metric metric, java.util.concurrent.Callable<Object> calculation) {
		FutureTask<Object> task;
		boolean mine = false;
		synchronized (this.heavy) {
			task = this.heavy.get(metric);
			if (task == null) {
				task = new FutureTask<>(calculation);
				this.heavy.put(metric, task);
				mine = true;
			}
		}
		if (mine) {
			task.run();
		}
		try {
			return task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while computing " + metric.code(), ex);
		}
		catch (ExecutionException ex) {
			synchronized (this.heavy) {
				this.heavy.remove(metric);
			}
			throw new IllegalStateException("Computing " + metric.code() + " failed", ex.getCause());
		}
	}

}
