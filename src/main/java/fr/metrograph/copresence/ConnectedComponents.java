package fr.metrograph.copresence;

import java.util.Arrays;

/**
 * Connected components of an undirected graph, by breadth-first search from each node not
 * yet reached, in index order. Components are numbered by decreasing size, ties by their
 * smallest node, so the numbering is the same for the same graph.
 * <p>
 * Cost {@code O(n + m)}. Empty graph: no component. Reference: J. Hopcroft and R. Tarjan,
 * "Algorithm 447", <em>Commun. ACM</em> 16(6), 1973.
 */
public final class ConnectedComponents {

	/**
	 * @param component the component of each node, {@code 0} the largest
	 * @param sizes the size of each component, decreasing
	 */
	public record Result(int[] component, int[] sizes) {

		/** Number of components. */
		public int count() {
			return this.sizes.length;
		}

	}

	/** Finds the components. */
	public Result compute(WeightedGraph graph) {
		int n = graph.nodeCount();
		int[] start = graph.start();
		int[] targets = graph.targets();
		int[] found = new int[n];
		Arrays.fill(found, -1);
		int[] queue = new int[n];
		int[] sizes = new int[n];
		int count = 0;
		for (int s = 0; s < n; s++) {
			if (found[s] >= 0) {
				continue;
			}
			int head = 0;
			int tail = 0;
			queue[tail++] = s;
			found[s] = count;
			while (head < tail) {
				int v = queue[head++];
				for (int k = start[v]; k < start[v + 1]; k++) {
					int w = targets[k];
					if (found[w] < 0) {
						found[w] = count;
						queue[tail++] = w;
					}
				}
			}
			sizes[count++] = tail;
		}
		// Renumber by decreasing size; components were found in order of their smallest
		// node.
		Integer[] order = new Integer[count];
		for (int c = 0; c < count; c++) {
			order[c] = c;
		}
		int[] rawSizes = sizes;
		Arrays.sort(order, (a, b) -> (rawSizes[a] != rawSizes[b]) ? Integer.compare(rawSizes[b], rawSizes[a])
				: Integer.compare(a, b));
		int[] rank = new int[count];
		int[] sorted = new int[count];
		for (int r = 0; r < count; r++) {
			rank[order[r]] = r;
			sorted[r] = rawSizes[order[r]];
		}
		for (int v = 0; v < n; v++) {
			found[v] = rank[found[v]];
		}
		return new Result(found, sorted);
	}

}
