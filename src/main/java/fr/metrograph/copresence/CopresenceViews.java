package fr.metrograph.copresence;

import java.util.List;

/**
 * The answers of the co-presence API and the rows of its exports.
 */
public final class CopresenceViews {

	private CopresenceViews() {
	}

	/**
	 * A network and its figures.
	 *
	 * @param network {@code people} or {@code metropolises}
	 * @param nodes every actor, even without edges
	 * @param edges each pair once, {@code source < target}
	 * @param modularity modularity of the communities
	 * @param density {@code 2m / (n(n−1))}
	 * @param components number of connected components
	 * @param componentSizes their sizes, decreasing
	 * @param meetings meetings in the two-mode data
	 */
	public record NetworkView(String network, List<NodeView> nodes, List<EdgeView> edges, double modularity,
			double density, int components, List<Integer> componentSizes, int meetings) {
	}

	/** A node and its metrics. */
	public record NodeView(String id, String name, int degree, double weightedDegree, double betweenness,
			double eigenvector, int community) {
	}

	/** A weighted edge, each pair once. */
	public record EdgeView(String source, String target, double weight) {
	}

	/**
	 * What an export writes: the network with the years and documents behind each part.
	 */
	record ExportModel(String network, List<ExportNode> nodes, List<ExportEdge> edges) {
	}

	/**
	 * @param years years of the meetings the actor attended, ascending
	 * @param sources ids of the documents stating these attendances
	 */
	record ExportNode(NodeView node, List<Integer> years, List<String> sources) {
	}

	/**
	 * @param years years of the meetings both attended, ascending
	 * @param sources ids of the documents stating either one's attendance at those
	 * meetings
	 */
	record ExportEdge(EdgeView edge, List<Integer> years, List<String> sources) {
	}

}
