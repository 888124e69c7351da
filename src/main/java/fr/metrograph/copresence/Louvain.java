package fr.metrograph.copresence;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Communities by the Louvain method: repeat (1) local moving: visit nodes in turn and
 * move each to the neighbouring community with the largest modularity gain {@code ΔQ ∝
 * k_{i,C} − γ·Σ_tot(C)·k_i / 2m}, until no node moves; (2) aggregation: merge each
 * community into one node (internal weight as a self-loop); until a level moves nothing.
 * Weighted; {@code γ} is the resolution (1 for classic modularity).
 * <p>
 * Deterministic: nodes are visited in index order, or in an order shuffled once per level
 * by a generator seeded with {@code seed}; ties between communities go to the current
 * community, then to the first one met among the neighbours; a move needs a gain above
 * {@code 1e-12}. Same graph and seed, same partition. Communities are numbered by
 * decreasing size, ties by their smallest node.
 * <p>
 * Cost: about {@code O(m)} per sweep, a few sweeps per level, {@code O(log n)} levels in
 * practice; memory {@code O(n + m)}. Empty graph: no community, {@code Q = 0}; a graph
 * without edges: one community per node. Reference: V. D. Blondel, J.-L. Guillaume, R.
 * Lambiotte and E. Lefebvre, "Fast unfolding of communities in large networks", <em>J.
 * Stat. Mech.</em> P10008, 2008.
 */
public final class Louvain {

	private static final double EPSILON = 1e-12;

	/**
	 * @param community the community of each node, {@code 0} the largest
	 * @param sizes the size of each community, decreasing
	 * @param modularity the modularity {@code Q} of this partition (see
	 * {@link Modularity})
	 * @param levels aggregation levels done
	 */
	public record Result(int[] community, int[] sizes, double modularity, int levels) {

		/** Number of communities. */
		public int count() {
			return this.sizes.length;
		}

	}

	private final double resolution;

	private final Long seed;

	/** Resolution 1, nodes visited in index order. */
	public Louvain() {
		this(1.0, null);
	}

	/**
	 * @param resolution {@code γ}, positive
	 * @param seed seed of the visiting order, or null for index order
	 */
	public Louvain(double resolution, Long seed) {
		if (!(resolution > 0) || Double.isInfinite(resolution)) {
			throw new IllegalArgumentException("resolution must be finite and positive: " + resolution);
		}
		this.resolution = resolution;
		this.seed = seed;
	}

	/** Finds the communities. */
	public Result compute(WeightedGraph graph) {
		int n = graph.nodeCount();
		int[] membership = new int[n];
		for (int v = 0; v < n; v++) {
			membership[v] = v;
		}
		SplittableRandom random = (this.seed != null) ? new SplittableRandom(this.seed) : null;
		Level level = new Level(graph.start(), graph.targets(), graph.weights(), new double[n]);
		int levels = 0;
		while (level.size() > 0) {
			int[] community = moveNodes(level, random);
			int[] renumbered = new int[level.size()];
			int count = renumber(community, renumbered);
			levels++;
			for (int v = 0; v < n; v++) {
				membership[v] = renumbered[membership[v]];
			}
			if (count == level.size()) {
				break;
			}
			level = aggregate(level, renumbered, count);
		}
		int[] sizes = finalNumbering(membership);
		return new Result(membership, sizes, Modularity.of(graph, membership, this.resolution), levels);
	}

	/**
	 * One level's local moving phase; returns the community of each node of the level.
	 */
	private int[] moveNodes(Level level, SplittableRandom random) {
		int n = level.size();
		double[] k = new double[n];
		double twoM = 0;
		for (int i = 0; i < n; i++) {
			k[i] = level.self[i];
			for (int e = level.start[i]; e < level.start[i + 1]; e++) {
				k[i] += level.weights[e];
			}
			twoM += k[i];
		}
		int[] community = new int[n];
		double[] total = Arrays.copyOf(k, n);
		for (int i = 0; i < n; i++) {
			community[i] = i;
		}
		if (twoM == 0) {
			return community;
		}
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		if (random != null) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
		}
		double[] toCommunity = new double[n];
		int[] stamp = new int[n];
		int[] touched = new int[n];
		int sweep = 0;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (int idx = 0; idx < n; idx++) {
				int i = order[idx];
				int mark = ++sweep;
				int touchedCount = 0;
				for (int e = level.start[i]; e < level.start[i + 1]; e++) {
					int c = community[level.targets[e]];
					if (stamp[c] != mark) {
						stamp[c] = mark;
						toCommunity[c] = 0;
						touched[touchedCount++] = c;
					}
					toCommunity[c] += level.weights[e];
				}
				int current = community[i];
				total[current] -= k[i];
				double ratio = this.resolution * k[i] / twoM;
				double bestGain = ((stamp[current] == mark) ? toCommunity[current] : 0) - ratio * total[current];
				int best = current;
				for (int t = 0; t < touchedCount; t++) {
					int c = touched[t];
					double gain = toCommunity[c] - ratio * total[c];
					if (gain > bestGain + EPSILON) {
						bestGain = gain;
						best = c;
					}
				}
				total[best] += k[i];
				if (best != current) {
					community[i] = best;
					moved = true;
				}
			}
		}
		return community;
	}

	/** Numbers communities 0.. by first appearance in node order; returns their count. */
	private static int renumber(int[] community, int[] renumbered) {
		int[] map = new int[community.length];
		Arrays.fill(map, -1);
		int count = 0;
		for (int i = 0; i < community.length; i++) {
			int c = community[i];
			if (map[c] < 0) {
				map[c] = count++;
			}
			renumbered[i] = map[c];
		}
		return count;
	}

	/** The graph of communities: internal weights become self-loops. */
	private static Level aggregate(Level level, int[] community, int count) {
		int n = level.size();
		int[] memberStart = new int[count + 1];
		for (int i = 0; i < n; i++) {
			memberStart[community[i] + 1]++;
		}
		for (int c = 0; c < count; c++) {
			memberStart[c + 1] += memberStart[c];
		}
		int[] cursor = Arrays.copyOf(memberStart, count);
		int[] members = new int[n];
		for (int i = 0; i < n; i++) {
			members[cursor[community[i]]++] = i;
		}
		double[] self = new double[count];
		int[] start = new int[count + 1];
		int[] targets = new int[Math.max(16, level.targets.length)];
		double[] weights = new double[targets.length];
		double[] acc = new double[count];
		int[] stamp = new int[count];
		Arrays.fill(stamp, -1);
		int[] touched = new int[count];
		int size = 0;
		for (int c = 0; c < count; c++) {
			int touchedCount = 0;
			for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
				int i = members[m];
				self[c] += level.self[i];
				for (int e = level.start[i]; e < level.start[i + 1]; e++) {
					int d = community[level.targets[e]];
					if (d == c) {
						self[c] += level.weights[e];
					}
					else {
						if (stamp[d] != c) {
							stamp[d] = c;
							acc[d] = 0;
							touched[touchedCount++] = d;
						}
						acc[d] += level.weights[e];
					}
				}
			}
			Arrays.sort(touched, 0, touchedCount);
			for (int t = 0; t < touchedCount; t++) {
				targets[size] = touched[t];
				weights[size++] = acc[touched[t]];
			}
			start[c + 1] = size;
		}
		return new Level(start, Arrays.copyOf(targets, size), Arrays.copyOf(weights, size), self);
	}

	/** Renumbers by decreasing size, ties by smallest node; returns the sizes. */
	private static int[] finalNumbering(int[] membership) {
		int n = membership.length;
		int count = 0;
		for (int c : membership) {
			count = Math.max(count, c + 1);
		}
		int[] sizes = new int[count];
		int[] smallest = new int[count];
		Arrays.fill(smallest, Integer.MAX_VALUE);
		for (int v = 0; v < n; v++) {
			sizes[membership[v]]++;
			smallest[membership[v]] = Math.min(smallest[membership[v]], v);
		}
		Integer[] order = new Integer[count];
		for (int c = 0; c < count; c++) {
			order[c] = c;
		}
		Arrays.sort(order, (a, b) -> (sizes[a] != sizes[b]) ? Integer.compare(sizes[b], sizes[a])
				: Integer.compare(smallest[a], smallest[b]));
		int[] rank = new int[count];
		int[] sorted = new int[count];
		for (int r = 0; r < count; r++) {
			rank[order[r]] = r;
			sorted[r] = sizes[order[r]];
		}
		for (int v = 0; v < n; v++) {
			membership[v] = rank[membership[v]];
		}
		return sorted;
	}

	/** A level's graph: symmetric CSR without diagonal, plus self-loop weights. */
	private record Level(int[] start, int[] targets, double[] weights, double[] self) {

		int size() {
			return this.start.length - 1;
		}

	}

}
