package fr.metrograph.copresence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.metrograph.copresence.CopresenceViews.EdgeView;

/**
 * Pages of a network: its nodes ranked by a metric, and its edges strongest first.
 * <ul>
 * <li>Nodes are ranked by decreasing value of the sort metric, ties by id. A page is a
 * range of ranks; the edges that come with it are those whose endpoints have both been
 * shown by then, and at least one on this page (so a client adding pages one after the
 * other gets every edge among the nodes it shows exactly once), strongest first, at most
 * {@code edgeLimit}. Cost: {@code O(n log n)} to rank (once per metric and network), then
 * the degrees of the page's nodes.</li>
 * <li>All edges, strongest first (ties by the ids of their ends): each page is one pass
 * over the edges keeping the {@code limit} strongest after the cursor in a bounded heap,
 * {@code O(m log limit)}, and no extra memory, where sorting them once would hold 20
 * bytes per edge.</li>
 * </ul>
 */
final class NetworkPages {

	private NetworkPages() {
	}

	/**
	 * A ranked page of nodes with its edges.
	 *
	 * @param nodes node indices of the page, best first
	 * @param edges {@code {u, v}} pairs of the page, strongest first, {@code u < v}
	 * @param weights the edges' weights
	 * @param pageEdges how many edges belong to the page before {@code edgeLimit}
	 */
	record NodePage(int[] nodes, List<int[]> edges, List<Double> weights, long pageEdges) {
	}

	/**
	 * Node indices by decreasing {@code value}, ties by index (that is, by id); values
	 * compare as {@link Double#compare} does on their negation (a NaN last). Primitive
	 * sorts only: each value's rank among the distinct values, then (rank, index) pairs
	 * packed in longs.
	 */
	static int[] rank(int n, java.util.function.IntToDoubleFunction value) {
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			keys[i] = sortable(-value.applyAsDouble(i));
		}
		long[] distinct = keys.clone();
		Arrays.sort(distinct);
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (i == 0 || distinct[i] != distinct[count - 1]) {
				distinct[count++] = distinct[i];
			}
		}
		long[] packed = new long[n];
		for (int i = 0; i < n; i++) {
			packed[i] = ((long) Arrays.binarySearch(distinct, 0, count, keys[i]) << 32) | i;
		}
		Arrays.sort(packed);
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = (int) packed[i];
		}
		return order;
	}

	/** A long whose signed order is {@link Double#compare}'s order of the doubles. */
	private static long sortable(double x) {
		long bits = Double.doubleToLongBits(x);
		return bits ^ ((bits >> 63) & Long.MAX_VALUE);
	}

	/** The page of ranks {@code [offset, offset + limit)} and its edges. */
	static NodePage nodes(WeightedGraph graph, int[] order, int offset, int limit, int edgeLimit) {
		int n = order.length;
		int from = Math.min(offset, n);
		int to = (int) Math.min(n, (long) from + limit);
		int[] rankOf = new int[n];
		for (int r = 0; r < n; r++) {
			rankOf[order[r]] = r;
		}
		int[] start = graph.start();
		int[] targets = graph.targets();
		double[] weights = graph.weights();
		EdgeHeap heap = new EdgeHeap(edgeLimit);
		long pageEdges = 0;
		for (int r = from; r < to; r++) {
			int u = order[r];
			for (int k = start[u]; k < start[u + 1]; k++) {
				int v = targets[k];
				// Each edge once: on the page of its lower-ranked end.
				if (rankOf[v] < r) {
					pageEdges++;
					heap.offer(Math.min(u, v), Math.max(u, v), weights[k]);
				}
			}
		}
		List<int[]> edges = new ArrayList<>();
		List<Double> edgeWeights = new ArrayList<>();
		heap.drain(edges, edgeWeights);
		return new NodePage(Arrays.copyOfRange(order, from, to), edges, edgeWeights, pageEdges);
	}

	/**
	 * The {@code limit} strongest edges after {@code (weight, u, v)} in the order
	 * strongest first, ties by {@code u} then {@code v}; no cursor ({@code u < 0}) starts
	 * from the strongest.
	 */
	static List<EdgeView> strongest(ProjectedNetwork network, double weight, int u, int v, int limit) {
		WeightedGraph graph = network.graph();
		int[] start = graph.start();
		int[] targets = graph.targets();
		double[] weights = graph.weights();
		EdgeHeap heap = new EdgeHeap(limit);
		for (int a = 0; a < graph.nodeCount(); a++) {
			for (int k = start[a]; k < start[a + 1]; k++) {
				int b = targets[k];
				if (b <= a) {
					continue;
				}
				double w = weights[k];
				if (u >= 0 && !(w < weight || (w == weight && (a > u || (a == u && b > v))))) {
					continue;
				}
				heap.offer(a, b, w);
			}
		}
		List<int[]> edges = new ArrayList<>();
		List<Double> edgeWeights = new ArrayList<>();
		heap.drain(edges, edgeWeights);
		List<EdgeView> views = new ArrayList<>(edges.size());
		for (int i = 0; i < edges.size(); i++) {
			views.add(new EdgeView(network.id(edges.get(i)[0]), network.id(edges.get(i)[1]), edgeWeights.get(i)));
		}
		return views;
	}

	/**
	 * Keeps the {@code capacity} best edges offered (heavier first, then smaller
	 * {@code u}, then smaller {@code v}); a binary heap with the worst kept edge on top.
	 */
	static final class EdgeHeap {

		private final int capacity;

		private final int[] us;

		private final int[] vs;

		private final double[] ws;

		private int size;

		EdgeHeap(int capacity) {
			this.capacity = capacity;
			this.us = new int[Math.max(1, capacity)];
			this.vs = new int[Math.max(1, capacity)];
			this.ws = new double[Math.max(1, capacity)];
		}

		void offer(int u, int v, double w) {
			if (this.capacity == 0) {
				return;
			}
			if (this.size < this.capacity) {
				this.us[this.size] = u;
				this.vs[this.size] = v;
				this.ws[this.size] = w;
				up(this.size++);
			}
			else if (better(u, v, w, 0)) {
				this.us[0] = u;
				this.vs[0] = v;
				this.ws[0] = w;
				down(0);
			}
		}

		/** Empties the heap into the lists, best first. */
		void drain(List<int[]> edges, List<Double> weights) {
			int count = this.size;
			int[][] sorted = new int[count][];
			double[] sortedWeights = new double[count];
			for (int i = count - 1; i >= 0; i--) {
				sorted[i] = new int[] { this.us[0], this.vs[0] };
				sortedWeights[i] = this.ws[0];
				this.size--;
				swap(0, this.size);
				down(0);
			}
			for (int i = 0; i < count; i++) {
				edges.add(sorted[i]);
				weights.add(sortedWeights[i]);
			}
		}

		/** Whether edge {@code (u, v, w)} ranks before the edge at {@code i}. */
		private boolean better(int u, int v, double w, int i) {
			if (w != this.ws[i]) {
				return w > this.ws[i];
			}
			return (u != this.us[i]) ? u < this.us[i] : v < this.vs[i];
		}

		private void up(int i) {
			while (i > 0) {
				int parent = (i - 1) / 2;
				// Worst on top: move up while this entry is worse than its parent.
				if (better(this.us[parent], this.vs[parent], this.ws[parent], i)) {
					swap(i, parent);
					i = parent;
				}
				else {
					return;
				}
			}
		}

		private void down(int i) {
			while (true) {
				int left = 2 * i + 1;
				if (left >= this.size) {
					return;
				}
				int worst = left;
				int right = left + 1;
				if (right < this.size && better(this.us[left], this.vs[left], this.ws[left], right)) {
					worst = right;
				}
				if (better(this.us[i], this.vs[i], this.ws[i], worst)) {
					swap(i, worst);
					i = worst;
				}
				else {
					return;
				}
			}
		}

		private void swap(int a, int b) {
			int u = this.us[a];
			int v = this.vs[a];
			double w = this.ws[a];
			this.us[a] = this.us[b];
			this.vs[a] = this.vs[b];
			this.ws[a] = this.ws[b];
			this.us[b] = u;
			this.vs[b] = v;
			this.ws[b] = w;
		}

	}

}
