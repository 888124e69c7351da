package fr.metrograph.copresence;

/**
 * Eigenvector centrality on the weighted adjacency matrix {@code A}: the principal
 * eigenvector {@code x}, {@code λx = Ax}, found by power iteration on {@code A + I}
 * ({@code x ← (A + I)x}, then normalised), which has the same eigenvectors and does not
 * oscillate on bipartite graphs; this is what {@code networkx.eigenvector_centrality}
 * does. Iteration starts from the uniform vector and stops when the L1 change is below
 * {@code n·tolerance} or after {@code maxIterations}.
 * <p>
 * Disconnected graphs: the iteration converges to the eigenvector of the largest
 * eigenvalue, so nodes of components with a smaller spectral radius tend to 0 (as in
 * networkx), and components that tie share the score as the uniform start splits it.
 * Isolated nodes score 0; a graph without edges scores 0 everywhere.
 * <p>
 * Output normalised either to a maximum of 1 ({@link Normalization#MAX}, the API's
 * choice: 1 is the most central) or to unit Euclidean norm ({@link Normalization#L2},
 * networkx's choice). Cost {@code O(n + m)} per iteration. Empty graph: empty array.
 * Reference: P. Bonacich, "Power and centrality", <em>Am. J. Sociol.</em> 92(5), 1987.
 */
public final class EigenvectorCentrality {

	/** How the result is scaled. */
	public enum Normalization {

		/** Largest score 1. */
		MAX,
		/** Unit Euclidean norm. */
		L2

	}

	/**
	 * The scores and whether the iteration converged.
	 *
	 * @param scores the centrality of each node, indexed like the graph
	 * @param iterations iterations done
	 * @param converged whether the tolerance was reached
	 */
	public record Result(double[] scores, int iterations, boolean converged) {
	}

	private final Normalization normalization;

	private final int maxIterations;

	private final double tolerance;

	/** Max-normalised, 1000 iterations, tolerance 1e-9. */
	public EigenvectorCentrality() {
		this(Normalization.MAX, 1000, 1e-9);
	}

	/**
	 * @param normalization how the result is scaled
	 * @param maxIterations at least 1
	 * @param tolerance per-node convergence tolerance, positive
	 */
	public EigenvectorCentrality(Normalization normalization, int maxIterations, double tolerance) {
		if (normalization == null) {
			throw new IllegalArgumentException("normalization must not be null");
		}
		if (maxIterations < 1) {
			throw new IllegalArgumentException("maxIterations must be >= 1: " + maxIterations);
		}
		if (!(tolerance > 0)) {
			throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
		}
		this.normalization = normalization;
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
	}

	/** Computes the centralities. */
	public Result compute(WeightedGraph graph) {
		int n = graph.nodeCount();
		if (n == 0) {
			return new Result(new double[0], 0, true);
		}
		if (graph.edgeCount() == 0) {
			return new Result(new double[n], 0, true);
		}
		int[] start = graph.start();
		int[] targets = graph.targets();
		double[] weights = graph.weights();
		double[] x = new double[n];
		java.util.Arrays.fill(x, 1.0 / n);
		double[] next = new double[n];
		int iteration = 0;
		boolean converged = false;
		while (iteration < this.maxIterations && !converged) {
			iteration++;
			for (int v = 0; v < n; v++) {
				double sum = x[v];
				for (int k = start[v]; k < start[v + 1]; k++) {
					sum += weights[k] * x[targets[k]];
				}
				next[v] = sum;
			}
			double norm = 0;
			for (double value : next) {
				norm += value * value;
			}
			norm = Math.sqrt(norm);
			double change = 0;
			for (int v = 0; v < n; v++) {
				next[v] /= norm;
				change += Math.abs(next[v] - x[v]);
			}
			double[] swap = x;
			x = next;
			next = swap;
			converged = change < n * this.tolerance;
		}
		for (int v = 0; v < n; v++) {
			if (graph.degree(v) == 0) {
				x[v] = 0;
			}
		}
		double scale = 0;
		for (double value : x) {
			scale = (this.normalization == Normalization.MAX) ? Math.max(scale, value) : scale + value * value;
		}
		scale = (this.normalization == Normalization.MAX) ? scale : Math.sqrt(scale);
		if (scale > 0) {
			for (int v = 0; v < n; v++) {
				x[v] /= scale;
			}
		}
		return new Result(x, iteration, converged);
	}

}
