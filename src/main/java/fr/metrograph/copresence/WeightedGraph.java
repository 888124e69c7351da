package fr.metrograph.copresence;

import java.util.Arrays;

/**
 * An undirected weighted simple graph on nodes {@code 0..n-1}, stored as a symmetric CSR
 * adjacency: the neighbours of {@code i} are {@code targets[start[i] .. start[i+1])},
 * ascending, with their edge weights; each edge appears in both rows, and there are no
 * self-loops. Immutable. Memory: {@code 4(n+1) + 24m} bytes for {@code m} edges.
 */
public final class WeightedGraph {

	private final int[] start;

	private final int[] targets;

	private final double[] weights;

	WeightedGraph(int[] start, int[] targets, double[] weights) {
		this.start = start;
		this.targets = targets;
		this.weights = weights;
	}

	/**
	 * A graph from an edge list, for tests and small inputs. Parallel edges add up.
	 * @param n number of nodes
	 * @param edges {@code {u, v}} or {@code {u, v, weight}} rows
	 * @return the graph
	 */
	public static WeightedGraph of(int n, double[]... edges) {
		double[][] matrix = new double[n][];
		for (int i = 0; i < n; i++) {
			matrix[i] = new double[n];
		}
		for (double[] edge : edges) {
			int u = (int) edge[0];
			int v = (int) edge[1];
			if (u == v || u < 0 || v < 0 || u >= n || v >= n) {
				throw new IllegalArgumentException("Bad edge " + Arrays.toString(edge));
			}
			double w = (edge.length > 2) ? edge[2] : 1.0;
			matrix[u][v] += w;
			matrix[v][u] += w;
		}
		int[] start = new int[n + 1];
		int count = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (matrix[i][j] != 0) {
					count++;
				}
			}
			start[i + 1] = count;
		}
		int[] targets = new int[count];
		double[] weights = new double[count];
		int k = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				if (matrix[i][j] != 0) {
					targets[k] = j;
					weights[k++] = matrix[i][j];
				}
			}
		}
		return new WeightedGraph(start, targets, weights);
	}

	/** Number of nodes. */
	public int nodeCount() {
		return this.start.length - 1;
	}

	/** Number of undirected edges. */
	public long edgeCount() {
		return this.targets.length / 2;
	}

	/** Number of neighbours of {@code i}. */
	public int degree(int i) {
		return this.start[i + 1] - this.start[i];
	}

	/** Sum of the weights of the edges of {@code i} (its strength). */
	public double strength(int i) {
		double sum = 0;
		for (int k = this.start[i]; k < this.start[i + 1]; k++) {
			sum += this.weights[k];
		}
		return sum;
	}

	/** Weight of edge {@code {u, v}}, or 0 when absent ({@code O(log degree)}). */
	public double weight(int u, int v) {
		int k = Arrays.binarySearch(this.targets, this.start[u], this.start[u + 1], v);
		return (k >= 0) ? this.weights[k] : 0.0;
	}

	/** The neighbours of {@code i}, ascending (a copy). */
	public int[] neighbours(int i) {
		return Arrays.copyOfRange(this.targets, this.start[i], this.start[i + 1]);
	}

	/** Total edge weight {@code m_w} (each edge once). */
	public double totalWeight() {
		double sum = 0;
		for (double w : this.weights) {
			sum += w;
		}
		return sum / 2;
	}

	// Raw CSR access for the calculators of this package, which must not copy.
	int[] start() {
		return this.start;
	}

	int[] targets() {
		return this.targets;
	}

	double[] weights() {
		return this.weights;
	}

}
