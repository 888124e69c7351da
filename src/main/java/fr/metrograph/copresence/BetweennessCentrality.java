package fr.metrograph.copresence;

import java.util.SplittableRandom;

/**
 * Betweenness centrality of every node of an undirected graph, by Brandes' algorithm on
 * the <em>unweighted</em> graph: {@code c_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st}, with
 * {@code σ_st} the number of shortest paths from {@code s} to {@code t} and
 * {@code σ_st(v)} those through {@code v}, each unordered pair counted once.
 * <p>
 * Why unweighted: co-presence weights are strengths (more shared meetings = closer), not
 * distances, and turning them into lengths ({@code 1/w}, {@code -log w}…) is a modelling
 * choice a reader should make knowingly; hop counts keep betweenness the "brokerage"
 * measure sociologists read it as, and match {@code networkx.betweenness_centrality(G)}.
 * <p>
 * Normalised (the default of networkx): divided by {@code (n−1)(n−2)/2}, the number of
 * pairs not involving {@code v}, so values lie in {@code [0, 1]}; left raw when
 * {@code n <= 2}.
 * <p>
 * Sampling: with {@code k < n} sources, drawn without replacement by a seeded generator,
 * dependencies are summed from those sources only and scaled by {@code n/k} (an unbiased
 * estimate; U. Brandes and C. Pich, "Centrality estimation in large networks", 2007). The
 * same seed gives the same sources.
 * <p>
 * Cost: {@code O(n + m)} memory and {@code O(s·(n + m))} time for {@code s} sources
 * ({@code n} exact). Empty graph: empty array. Reference: U. Brandes, "A faster algorithm
 * for betweenness centrality", <em>J. Math. Sociol.</em> 25(2), 2001.
 */
public final class BetweennessCentrality {

	private final boolean normalized;

	private final int samples;

	private final long seed;

	/** Exact and normalised. */
	public BetweennessCentrality() {
		this(true, 0, 0L);
	}

	/**
	 * @param normalized divide by {@code (n−1)(n−2)/2}
	 * @param samples number of sampled sources; {@code 0} (or {@code >= n}) for exact
	 * @param seed seed of the source sampling
	 */
	public BetweennessCentrality(boolean normalized, int samples, long seed) {
		if (samples < 0) {
			throw new IllegalArgumentException("samples must be >= 0: " + samples);
		}
		this.normalized = normalized;
		this.samples = samples;
		this.seed = seed;
	}

	/** The betweenness of every node, indexed like the graph. */
	public double[] scores(WeightedGraph graph) {
		return scores(graph, (fraction) -> {
		});
	}

	/**
	 * The betweenness of every node, telling {@code progress} the fraction of sources
	 * done (at most a hundred times).
	 */
	public double[] scores(WeightedGraph graph, java.util.function.DoubleConsumer progress) {
		int n = graph.nodeCount();
		double[] centrality = new double[n];
		if (n == 0) {
			return centrality;
		}
		int[] sources = sources(n);
		int[] start = graph.start();
		int[] targets = graph.targets();
		int[] dist = new int[n];
		double[] sigma = new double[n];
		double[] delta = new double[n];
		int[] order = new int[n];
		java.util.Arrays.fill(dist, -1);
		int step = Math.max(1, sources.length / 100);
		int done = 0;
		for (int s : sources) {
			if (done++ % step == 0) {
				progress.accept((double) (done - 1) / sources.length);
			}
			// BFS; order[] doubles as the queue and, read backwards, the stack.
			int head = 0;
			int tail = 0;
			order[tail++] = s;
			dist[s] = 0;
			sigma[s] = 1;
			while (head < tail) {
				int v = order[head++];
				int dv = dist[v];
				for (int k = start[v]; k < start[v + 1]; k++) {
					int w = targets[k];
					if (dist[w] < 0) {
						dist[w] = dv + 1;
						order[tail++] = w;
					}
					if (dist[w] == dv + 1) {
						sigma[w] += sigma[v];
					}
				}
			}
			// Dependencies, farthest first; predecessors are the neighbours one hop
			// closer.
			for (int i = tail - 1; i > 0; i--) {
				int w = order[i];
				int dw = dist[w];
				double coefficient = (1 + delta[w]) / sigma[w];
				for (int k = start[w]; k < start[w + 1]; k++) {
					int v = targets[k];
					if (dist[v] == dw - 1) {
						delta[v] += sigma[v] * coefficient;
					}
				}
				centrality[w] += delta[w];
			}
			for (int i = 0; i < tail; i++) {
				int v = order[i];
				dist[v] = -1;
				sigma[v] = 0;
				delta[v] = 0;
			}
		}
		double scale = 0.5 * n / sources.length;
		if (this.normalized && n > 2) {
			scale *= 2.0 / ((double) (n - 1) * (n - 2));
		}
		for (int v = 0; v < n; v++) {
			centrality[v] *= scale;
		}
		return centrality;
	}

	private int[] sources(int n) {
		int k = (this.samples == 0 || this.samples >= n) ? n : this.samples;
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		if (k == n) {
			return all;
		}
		SplittableRandom random = new SplittableRandom(this.seed);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		int[] chosen = java.util.Arrays.copyOf(all, k);
		java.util.Arrays.sort(chosen);
		return chosen;
	}

}
