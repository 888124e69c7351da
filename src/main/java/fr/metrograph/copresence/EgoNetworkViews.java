package fr.metrograph.copresence;

import java.util.List;

import fr.metrograph.copresence.CopresenceViews.NodeView;

/**
 * The answers of the ego-network API: a person's or a metropolis's co-presence
 * neighbourhood, who they met, through which meetings, per year.
 */
public final class EgoNetworkViews {

	private EgoNetworkViews() {
	}

	/**
	 * An ego network: the centre, everyone at the centre's meetings, the ties among them
	 * (shared meetings among the centre's meetings), and for each person or metropolis
	 * met the meetings shared with the centre.
	 *
	 * @param network {@code people} or {@code metropolises}
	 * @param centre the person or metropolis the network is about
	 * @param nodes the centre and everyone met, with metrics computed on this network
	 * @param edges the strongest ties (all of them up to {@code edgeLimit}); every tie of
	 * the centre is kept
	 * @param edgeCount how many ties there are in all
	 * @param meetings the centre's meetings in scope, by date
	 * @param met each person or metropolis met, most shared meetings first
	 * @param modularity modularity of the communities
	 * @param density density of the whole ego network
	 */
	public record EgoNetworkView(String network, Centre centre, List<NodeView> nodes, List<EgoEdge> edges,
			long edgeCount, List<MeetingRef> meetings, List<Met> met, double modularity, double density) {
	}

	/** The person or metropolis at the centre. */
	public record Centre(String id, String name) {
	}

	/**
	 * A tie of the ego network.
	 *
	 * @param meetings ids of the meetings (of the centre's) both were at
	 */
	public record EgoEdge(String source, String target, double weight, List<String> meetings) {
	}

	/** A meeting, as the network pages name it. */
	public record MeetingRef(String id, String title, String kind, String date, Integer year) {
	}

	/**
	 * Someone (or some metropolis) the centre met.
	 *
	 * @param shared number of meetings shared with the centre
	 * @param years shared meetings per year, ascending (undated meetings left out)
	 * @param meetings ids of the shared meetings, by date
	 */
	public record Met(String id, String name, int shared, List<YearCount> years, List<String> meetings) {
	}

	/** A count for one year. */
	public record YearCount(int year, int count) {
	}

}
