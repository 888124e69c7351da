package fr.metrograph.copresence;

import java.util.Arrays;

/**
 * The weighted one-mode projection of two-mode data onto its actors: two actors are
 * linked when they attended at least one event together.
 * <p>
 * Weight of the edge {@code {a, b}}, over the events {@code e} both attended, with
 * {@code w_ae} the pair weights (1 unless given) and {@code n_e} the number of actors of
 * {@code e}:
 * <ul>
 * <li>{@link Weighting#COUNT}: {@code w_ab = Σ_e w_ae·w_be}, the number of shared events
 * when pair weights are 1;</li>
 * <li>{@link Weighting#NEWMAN}: {@code w_ab = Σ_e w_ae·w_be / (n_e − 1)}, Newman's
 * collaboration weighting, where an event with one actor contributes nothing and a large
 * event weighs less per pair (M. E. J. Newman, "Scientific collaboration networks. II.",
 * <em>Phys. Rev. E</em> 64, 016132, 2001).</li>
 * </ul>
 * Edges lighter than {@code minWeight} are dropped (their nodes stay, maybe isolated).
 * Every actor is a node, in the data's index order.
 * <p>
 * Algorithm: for each actor {@code a}, walk its events and, in each, the actors after
 * {@code a} (event lists are sorted, so a binary search finds where to start); pair
 * weights accumulate in a dense array indexed by the partner with a list of touched
 * entries (Gustavson's sparse accumulator), which is emitted sorted and reset. No boxing,
 * no hashing. Then the upper triangle is mirrored into a symmetric CSR. Time
 * {@code O(Σ_e n_e² / 2 + Σ_a k_a log k_a)} for {@code k_a} partners of {@code a}; memory
 * {@code O(n)} working space plus 36 bytes per edge at the peak (the upper triangle, kept
 * in blocks that growing never copies, and the symmetric graph). Empty data gives an
 * empty graph.
 */
public final class OneModeProjection {

	/** How shared events are weighed. */
	public enum Weighting {

		/** Number of shared events. */
		COUNT,
		/** Newman's collaboration weighting {@code Σ 1/(n_e − 1)}. */
		NEWMAN

	}

	private final Weighting weighting;

	private final double minWeight;

	/**
	 * @param weighting how shared events are weighed
	 * @param minWeight edges lighter than this are dropped; finite and {@code >= 0}
	 */
	public OneModeProjection(Weighting weighting, double minWeight) {
		if (weighting == null) {
			throw new IllegalArgumentException("weighting must not be null");
		}
		if (!(minWeight >= 0) || Double.isInfinite(minWeight)) {
			throw new IllegalArgumentException("minWeight must be finite and >= 0: " + minWeight);
		}
		this.weighting = weighting;
		this.minWeight = minWeight;
	}

	/** Projects the data onto its actors. */
	public WeightedGraph project(TwoModeData data) {
		int n = data.actorCount();
		int[] actorStart = data.actorStart();
		int[] actorEvents = data.actorEvents();
		int[] eventStart = data.eventStart();
		int[] eventActors = data.eventActors();
		double[] pairWeights = data.eventWeights();
		double[] eventFactor = eventFactors(data);

		double[] acc = new double[n];
		int[] touched = new int[Math.max(16, Math.min(n, 1024))];
		int[] upperStart = new int[n + 1];
		GrowableEdges upper = new GrowableEdges();
		for (int a = 0; a < n; a++) {
			int touchedCount = 0;
			for (int k = actorStart[a]; k < actorStart[a + 1]; k++) {
				int e = actorEvents[k];
				double factor = eventFactor[e];
				if (factor == 0) {
					continue;
				}
				int from = eventStart[e];
				int to = eventStart[e + 1];
				int self = Arrays.binarySearch(eventActors, from, to, a);
				double wa = (pairWeights != null) ? pairWeights[self] * factor : factor;
				for (int i = self + 1; i < to; i++) {
					int b = eventActors[i];
					if (acc[b] == 0) {
						if (touchedCount == touched.length) {
							touched = Arrays.copyOf(touched, Math.min(n, touched.length * 2));
						}
						touched[touchedCount++] = b;
					}
					acc[b] += (pairWeights != null) ? wa * pairWeights[i] : wa;
				}
			}
			Arrays.sort(touched, 0, touchedCount);
			for (int t = 0; t < touchedCount; t++) {
				int b = touched[t];
				double w = acc[b];
				acc[b] = 0;
				if (w >= this.minWeight) {
					upper.add(b, w);
				}
			}
			upperStart[a + 1] = upper.size;
		}
		return mirror(n, upperStart, upper);
	}

	private double[] eventFactors(TwoModeData data) {
		double[] factor = new double[data.eventCount()];
		for (int e = 0; e < factor.length; e++) {
			int size = data.eventSize(e);
			factor[e] = (size < 2) ? 0.0 : (this.weighting == Weighting.NEWMAN) ? 1.0 / (size - 1) : 1.0;
		}
		return factor;
	}

	/** Symmetric CSR from the upper triangle; rows come out sorted. */
	private static WeightedGraph mirror(int n, int[] upperStart, GrowableEdges upper) {
		int[] start = new int[n + 1];
		for (int a = 0; a < n; a++) {
			start[a + 1] += upperStart[a + 1] - upperStart[a];
			for (int k = upperStart[a]; k < upperStart[a + 1]; k++) {
				start[upper.target(k) + 1]++;
			}
		}
		for (int a = 0; a < n; a++) {
			start[a + 1] += start[a];
		}
		int[] cursor = Arrays.copyOf(start, n);
		int total = start[n];
		int[] targets = new int[total];
		double[] weights = new double[total];
		// Row b receives a (< b) from lower rows before its own upper entries (> b):
		// sorted.
		for (int a = 0; a < n; a++) {
			for (int k = upperStart[a]; k < upperStart[a + 1]; k++) {
				int b = upper.target(k);
				double w = upper.weight(k);
				targets[cursor[a]] = b;
				weights[cursor[a]++] = w;
				targets[cursor[b]] = a;
				weights[cursor[b]++] = w;
			}
		}
		return new WeightedGraph(start, targets, weights);
	}

	/**
	 * The upper triangle as it is found, in blocks of {@code 2^20} entries: growing never
	 * copies what is already there, so the peak is the triangle itself (12 bytes per
	 * edge) rather than one and a half times it during a copy.
	 */
	private static final class GrowableEdges {

		private static final int SHIFT = 20;

		private static final int BLOCK = 1 << SHIFT;

		private static final int MASK = BLOCK - 1;

		private int[][] targets = new int[16][];

		private double[][] weights = new double[16][];

		int size;

		void add(int target, double weight) {
			int block = this.size >>> SHIFT;
			if (block == this.targets.length) {
				this.targets = Arrays.copyOf(this.targets, block * 2);
				this.weights = Arrays.copyOf(this.weights, block * 2);
			}
			if (this.targets[block] == null) {
				this.targets[block] = new int[BLOCK];
				this.weights[block] = new double[BLOCK];
			}
			this.targets[block][this.size & MASK] = target;
			this.weights[block][this.size & MASK] = weight;
			this.size++;
		}

		int target(int k) {
			return this.targets[k >>> SHIFT][k & MASK];
		}

		double weight(int k) {
			return this.weights[k >>> SHIFT][k & MASK];
		}

	}

}
