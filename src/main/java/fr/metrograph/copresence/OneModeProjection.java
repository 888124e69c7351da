package fr.metrograph.copresence;

import java.util.Arrays;
import java.util.stream.IntStream;

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
 * Algorithm: each actor's row is computed on its own: walk its events and, in each, the
 * other actors; pair weights accumulate in a dense array indexed by the partner with a
 * list of touched entries (Gustavson's sparse accumulator), which is sorted, emitted and
 * reset. No boxing, no hashing. Two passes over the rows: the first counts each row's
 * edges, so the symmetric CSR is allocated once at its exact size; the second writes each
 * row in place. Rows are independent, so both passes split the actors into ranges of
 * equal work run on the common fork-join pool (both cores of a 2-core machine) once the
 * work ({@code Σ_e n_e²}) is large enough to pay for it; the result does not depend on
 * the split. A weight is summed over the shared events in ascending order and each term
 * is computed from the lower-indexed actor's side, so both rows of an edge hold the same
 * value, bit for bit. Time {@code O(Σ_e n_e² + Σ_a k_a log k_a)} for {@code k_a} partners
 * of {@code a}, split over the cores; memory the graph itself ({@code 4(n+1) +
 * 24m} bytes for {@code m} edges) plus {@code O(n)} working space per range. Empty data
 * gives an empty graph.
 */
public final class OneModeProjection {

	/** How shared events are weighed. */
	public enum Weighting {

		/** Number of shared events. */
		COUNT,
		/** Newman's collaboration weighting {@code Σ 1/(n_e − 1)}. */
		NEWMAN

	}

	/** Below this much work ({@code Σ_e n_e²} over the rows) one thread does it all. */
	static final long PARALLEL_WORK = 1_000_000;

	private final Weighting weighting;

	private final double minWeight;

	private final long parallelWork;

	/**
	 * @param weighting how shared events are weighed
	 * @param minWeight edges lighter than this are dropped; finite and {@code >= 0}
	 */
	public OneModeProjection(Weighting weighting, double minWeight) {
		this(weighting, minWeight, PARALLEL_WORK);
	}

	/**
	 * As above, splitting the rows over the cores from {@code parallelWork} on (tests).
	 */
	OneModeProjection(Weighting weighting, double minWeight, long parallelWork) {
		if (weighting == null) {
			throw new IllegalArgumentException("weighting must not be null");
		}
		if (!(minWeight >= 0) || Double.isInfinite(minWeight)) {
			throw new IllegalArgumentException("minWeight must be finite and >= 0: " + minWeight);
		}
		this.weighting = weighting;
		this.minWeight = minWeight;
		this.parallelWork = parallelWork;
	}

	/** Projects the data onto its actors. */
	public WeightedGraph project(TwoModeData data) {
		int n = data.actorCount();
		double[] factor = eventFactors(data);
		int[] bounds = ranges(data, factor);
		int[] start = new int[n + 1];
		forEachRange(bounds, (from, to) -> {
			Rows rows = new Rows(data, factor, this.minWeight);
			for (int a = from; a < to; a++) {
				start[a + 1] = rows.count(a);
			}
		});
		long total = 0;
		for (int a = 0; a < n; a++) {
			total += start[a + 1];
			if (total > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("Too many edges for one graph: more than " + total / 2);
			}
			start[a + 1] = (int) total;
		}
		int[] targets = new int[(int) total];
		double[] weights = new double[(int) total];
		forEachRange(bounds, (from, to) -> {
			Rows rows = new Rows(data, factor, this.minWeight);
			for (int a = from; a < to; a++) {
				rows.write(a, targets, weights, start[a]);
			}
		});
		return new WeightedGraph(start, targets, weights);
	}

	private double[] eventFactors(TwoModeData data) {
		double[] factor = new double[data.eventCount()];
		for (int e = 0; e < factor.length; e++) {
			int size = data.eventSize(e);
			factor[e] = (size < 2) ? 0.0 : (this.weighting == Weighting.NEWMAN) ? 1.0 / (size - 1) : 1.0;
		}
		return factor;
	}

	/**
	 * Boundaries of ranges of actors of about equal work, {@code [bounds[i],
	 * bounds[i+1])}: one range when the work is small, else two per core.
	 */
	private int[] ranges(TwoModeData data, double[] factor) {
		int n = data.actorCount();
		int[] actorStart = data.actorStart();
		int[] actorEvents = data.actorEvents();
		long[] work = new long[n + 1];
		for (int a = 0; a < n; a++) {
			long w = 1;
			for (int k = actorStart[a]; k < actorStart[a + 1]; k++) {
				int e = actorEvents[k];
				w += (factor[e] != 0) ? data.eventSize(e) : 0;
			}
			work[a + 1] = work[a] + w;
		}
		int cores = Runtime.getRuntime().availableProcessors();
		int parts = (work[n] < this.parallelWork || cores < 2 || n < 2) ? 1 : Math.min(n, 2 * cores);
		int[] bounds = new int[parts + 1];
		int a = 0;
		for (int p = 1; p < parts; p++) {
			long target = work[n] * p / parts;
			while (a < n && work[a] < target) {
				a++;
			}
			bounds[p] = a;
		}
		bounds[parts] = n;
		return bounds;
	}

	/** A range of rows, {@code [from, to)}. */
	@FunctionalInterface
	private interface RangeTask {

		void run(int from, int to);

	}

	private static void forEachRange(int[] bounds, RangeTask task) {
		int parts = bounds.length - 1;
		if (parts == 1) {
			task.run(bounds[0], bounds[1]);
			return;
		}
		IntStream.range(0, parts).parallel().forEach((p) -> task.run(bounds[p], bounds[p + 1]));
	}

	/**
	 * One thread's sparse accumulator: the weights of one row at a time, indexed by the
	 * partner, and the list of partners touched. Not thread-safe.
	 */
	private static final class Rows {

		private final int[] actorStart;

		private final int[] actorEvents;

		private final int[] eventStart;

		private final int[] eventActors;

		private final double[] pairWeights;

		private final double[] factor;

		private final double minWeight;

		private final double[] acc;

		private int[] touched;

		private int touchedCount;

		Rows(TwoModeData data, double[] factor, double minWeight) {
			this.actorStart = data.actorStart();
			this.actorEvents = data.actorEvents();
			this.eventStart = data.eventStart();
			this.eventActors = data.eventActors();
			this.pairWeights = data.eventWeights();
			this.factor = factor;
			this.minWeight = minWeight;
			int n = data.actorCount();
			this.acc = new double[n];
			this.touched = new int[Math.max(16, Math.min(n, 1024))];
		}

		/** The number of edges of row {@code a}. */
		int count(int a) {
			accumulate(a);
			int count = 0;
			for (int t = 0; t < this.touchedCount; t++) {
				int b = this.touched[t];
				if (this.acc[b] >= this.minWeight) {
					count++;
				}
				this.acc[b] = 0;
			}
			return count;
		}

		/** Writes row {@code a} from {@code at} on, partners ascending. */
		void write(int a, int[] targets, double[] weights, int at) {
			accumulate(a);
			Arrays.sort(this.touched, 0, this.touchedCount);
			int k = at;
			for (int t = 0; t < this.touchedCount; t++) {
				int b = this.touched[t];
				double w = this.acc[b];
				this.acc[b] = 0;
				if (w >= this.minWeight) {
					targets[k] = b;
					weights[k++] = w;
				}
			}
		}

		/**
		 * Sums row {@code a}'s weights into {@code acc}, over its events in ascending
		 * order; the term of a pair is {@code (w_lo·f)·w_hi} whichever row computes it.
		 */
		private void accumulate(int a) {
			this.touchedCount = 0;
			for (int k = this.actorStart[a]; k < this.actorStart[a + 1]; k++) {
				int e = this.actorEvents[k];
				double f = this.factor[e];
				if (f == 0) {
					continue;
				}
				int from = this.eventStart[e];
				int to = this.eventStart[e + 1];
				int self = Arrays.binarySearch(this.eventActors, from, to, a);
				if (this.pairWeights == null) {
					for (int i = from; i < self; i++) {
						add(this.eventActors[i], f);
					}
					for (int i = self + 1; i < to; i++) {
						add(this.eventActors[i], f);
					}
				}
				else {
					double own = this.pairWeights[self];
					for (int i = from; i < self; i++) {
						add(this.eventActors[i], (this.pairWeights[i] * f) * own);
					}
					double wa = own * f;
					for (int i = self + 1; i < to; i++) {
						add(this.eventActors[i], wa * this.pairWeights[i]);
					}
				}
			}
		}

		private void add(int b, double term) {
			if (this.acc[b] == 0) {
				if (this.touchedCount == this.touched.length) {
					this.touched = Arrays.copyOf(this.touched, Math.min(this.acc.length, this.touched.length * 2));
				}
				this.touched[this.touchedCount++] = b;
			}
			this.acc[b] += term;
		}

	}

}
