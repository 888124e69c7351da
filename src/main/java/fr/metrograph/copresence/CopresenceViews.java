package fr.metrograph.copresence;

import java.util.List;

/**
 * The answers of the co-presence API and the rows of its exports.
 */
public final class CopresenceViews {

	private CopresenceViews() {
	}

	/**
	 * A network (or a page of it) and its figures.
	 *
	 * @param network {@code people} or {@code metropolises}
	 * @param nodes the actors of this page, best first by {@code sort} (every actor,
	 * isolated ones included, across the pages)
	 * @param edges the page's edges, strongest first: each pair once, both ends shown by
	 * this page or an earlier one
	 * @param modularity modularity of the communities, null unless {@code community} was
	 * computed
	 * @param density {@code 2m / (n(n−1))}
	 * @param components number of connected components
	 * @param componentSizes their sizes, decreasing
	 * @param meetings meetings in the two-mode data
	 * @param metrics the per-node metrics given (the others are absent, not zero)
	 * @param totalNodes nodes of the whole network
	 * @param totalEdges edges of the whole network
	 * @param sort the metric the nodes are ranked by
	 * @param pageEdges edges belonging to this page before {@code edgeLimit} kept the
	 * strongest
	 * @param nextCursor pass it as {@code cursor} (same parameters) for the next page;
	 * null on the last
	 */
	public record NetworkView(String network, List<NodeView> nodes, List<EdgeView> edges, Double modularity,
			double density, int components, List<Integer> componentSizes, int meetings, List<String> metrics,
			int totalNodes, long totalEdges, String sort, long pageEdges, String nextCursor) {
	}

	/**
	 * A node and its metrics; a metric not asked for is null (absent from the JSON).
	 */
	public record NodeView(String id, String name, Integer degree, Double weightedDegree, Double betweenness,
			Double eigenvector, Integer community) {
	}

	/**
	 * A page of a network's edges, strongest first.
	 *
	 * @param network {@code people} or {@code metropolises}
	 * @param edges this page's edges
	 * @param totalEdges edges of the whole network
	 * @param nextCursor for the next page, or null on the last
	 */
	public record EdgePage(String network, List<EdgeView> edges, long totalEdges, String nextCursor) {
	}

	/**
	 * A background computation of metrics, polled at {@code /api/copresence/jobs/{id}}.
	 *
	 * @param id the job's id
	 * @param state {@code waiting}, {@code running}, {@code done} or {@code failed}
	 * @param status the state in French, for display
	 * @param progress from 0 to 1
	 * @param step what is being computed, in French
	 * @param metrics the metrics it computes
	 * @param result where to get the answer once done (the original request)
	 * @param error in French, when failed
	 */
	public record JobView(String id, String state, String status, double progress, String step, List<String> metrics,
			String result, String error) {
	}

	/** A weighted edge, each pair once. */
	public record EdgeView(String source, String target, double weight) {
	}

	/**
	 * What an export writes: the network with the years and documents behind each part,
	 * iterated once while it is written (built lazily for large networks).
	 */
	record ExportModel(String network, Iterable<ExportNode> nodes, Iterable<ExportEdge> edges) {
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
