package fr.metrograph.copresence;

/**
 * Newman's modularity of a partition of a weighted undirected graph:
 * {@code Q = Σ_c [ L_c / m − γ (D_c / 2m)² ]}, with {@code m} the total edge weight,
 * {@code L_c} the weight of the edges inside community {@code c} and {@code D_c} the sum
 * of the strengths of its nodes; {@code γ} is the resolution (1 in the classic
 * definition). Same as {@code networkx.community.modularity(G, communities, weight)}.
 * <p>
 * Cost {@code O(n + m)}. A graph without edges has {@code Q = 0} by convention (the
 * formula divides by {@code m = 0}). Reference: M. E. J. Newman, "Analysis of weighted
 * networks", <em>Phys. Rev. E</em> 70, 056131, 2004.
 */
public final class Modularity {

	private Modularity() {
	}

	/**
	 * @param graph the graph
	 * @param community the community of each node, {@code 0..c-1}
	 * @param resolution {@code γ}, positive
	 * @return the modularity
	 */
	public static double of(WeightedGraph graph, int[] community, double resolution) {
		int n = graph.nodeCount();
		if (community.length != n) {
			throw new IllegalArgumentException("One community per node expected: " + community.length + " for " + n);
		}
		if (!(resolution > 0)) {
			throw new IllegalArgumentException("resolution must be positive: " + resolution);
		}
		int communities = 0;
		for (int c : community) {
			if (c < 0) {
				throw new IllegalArgumentException("Negative community " + c);
			}
			communities = Math.max(communities, c + 1);
		}
		int[] start = graph.start();
		int[] targets = graph.targets();
		double[] weights = graph.weights();
		double[] inside = new double[communities];
		double[] strength = new double[communities];
		double twoM = 0;
		for (int v = 0; v < n; v++) {
			for (int k = start[v]; k < start[v + 1]; k++) {
				double w = weights[k];
				twoM += w;
				strength[community[v]] += w;
				if (community[targets[k]] == community[v]) {
					inside[community[v]] += w;
				}
			}
		}
		if (twoM == 0) {
			return 0.0;
		}
		double q = 0;
		for (int c = 0; c < communities; c++) {
			// inside[c] counts each internal edge twice: inside[c] / 2m = L_c / m.
			q += inside[c] / twoM - resolution * (strength[c] / twoM) * (strength[c] / twoM);
		}
		return q;
	}

}
