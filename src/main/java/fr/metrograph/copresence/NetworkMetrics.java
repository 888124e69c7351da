package fr.metrograph.copresence;

/**
 * Every figure the co-presence API gives for a projected graph, computed in one call: per
 * node degree, weighted degree (strength), betweenness ({@link BetweennessCentrality},
 * unweighted, normalised, exact or sampled), eigenvector centrality
 * ({@link EigenvectorCentrality}, max-normalised) and Louvain community ({@link Louvain},
 * seeded); per graph node and edge counts, density {@code 2m / (n(n−1))} (0 when
 * {@code n < 2}), connected components and modularity.
 * <p>
 * Same graph and options, same result. Cost: dominated by betweenness,
 * {@code O(s·(n + m))} for {@code s} sources. Empty graph: empty arrays, zero figures.
 */
public final class NetworkMetrics {

	/**
	 * @param betweennessSamples sources sampled for betweenness; 0 for exact
	 * @param seed seed of betweenness sampling and of the Louvain visiting order
	 */
	public record Options(int betweennessSamples, long seed) {

		public Options {
			if (betweennessSamples < 0) {
				throw new IllegalArgumentException("betweennessSamples must be >= 0: " + betweennessSamples);
			}
		}

		/** Exact betweenness, seed 42. */
		public static Options exact() {
			return new Options(0, 42L);
		}

	}

	/**
	 * @param degree number of neighbours of each node
	 * @param weightedDegree sum of edge weights of each node
	 * @param betweenness normalised betweenness of each node
	 * @param eigenvector eigenvector centrality of each node, max 1
	 * @param community Louvain community of each node, 0 the largest
	 * @param nodes node count
	 * @param edges edge count
	 * @param density {@code 2m / (n(n−1))}
	 * @param componentSizes sizes of the connected components, decreasing
	 * @param modularity modularity of the communities
	 * @param eigenvectorConverged whether the power iteration converged
	 */
	public record Result(int[] degree, double[] weightedDegree, double[] betweenness, double[] eigenvector,
			int[] community, int nodes, long edges, double density, int[] componentSizes, double modularity,
			boolean eigenvectorConverged) {

		/** Number of connected components. */
		public int components() {
			return this.componentSizes.length;
		}

	}

	private final Options options;

	public NetworkMetrics(Options options) {
		if (options == null) {
			throw new IllegalArgumentException("options must not be null");
		}
		this.options = options;
	}

	/** Computes every figure. */
	public Result compute(WeightedGraph graph) {
		int n = graph.nodeCount();
		int[] degree = new int[n];
		double[] strength = new double[n];
		for (int v = 0; v < n; v++) {
			degree[v] = graph.degree(v);
			strength[v] = graph.strength(v);
		}
		double[] betweenness = new BetweennessCentrality(true, this.options.betweennessSamples(), this.options.seed())
			.scores(graph);
		EigenvectorCentrality.Result eigenvector = new EigenvectorCentrality().compute(graph);
		Louvain.Result communities = new Louvain(1.0, this.options.seed()).compute(graph);
		ConnectedComponents.Result components = new ConnectedComponents().compute(graph);
		long m = graph.edgeCount();
		double density = (n < 2) ? 0.0 : 2.0 * m / ((double) n * (n - 1));
		return new Result(degree, strength, betweenness, eigenvector.scores(), communities.community(), n, m, density,
				components.sizes(), communities.modularity(), eigenvector.converged());
	}

}
