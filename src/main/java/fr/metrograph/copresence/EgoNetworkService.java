package fr.metrograph.copresence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceViews.NodeView;
import fr.metrograph.copresence.EgoAttendanceReader.Row;
import fr.metrograph.copresence.EgoNetworkViews.Centre;
import fr.metrograph.copresence.EgoNetworkViews.EgoEdge;
import fr.metrograph.copresence.EgoNetworkViews.EgoNetworkView;
import fr.metrograph.copresence.EgoNetworkViews.MeetingRef;
import fr.metrograph.copresence.EgoNetworkViews.Met;
import fr.metrograph.copresence.EgoNetworkViews.YearCount;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.VersionedCache;

/**
 * Ego networks: the co-presence network of the meetings one person or metropolis was at
 * (same filters and weighting as the whole network), with, for everyone met, the shared
 * meetings year by year. A tie between two others counts the centre's meetings they
 * shared, so every tie of the ego network is explained by one of the centre's meetings.
 * Cached per request and graph version.
 */
@Service
public class EgoNetworkService {

	private final EgoAttendanceReader reader;

	private final CopresenceProperties properties;

	private final VersionedCache<Key, EgoNetworkView> cache;

	EgoNetworkService(EgoAttendanceReader reader, CopresenceProperties properties, GraphVersion version) {
		this.reader = reader;
		this.properties = properties;
		this.cache = new VersionedCache<>(version::current, 256);
	}

	private record Key(String centre, CopresenceRequest request, int edgeLimit) {
	}

	/**
	 * The ego network of a person or metropolis.
	 * @param centreId the person's or metropolis's id
	 * @param request the network, years, filters and weighting
	 * @param edgeLimit the most ties returned (the centre's ties always are; the others
	 * strongest first)
	 * @return the network
	 * @throws EntityNotFoundException when there is no such person or metropolis
	 */
	public EgoNetworkView egoNetwork(String centreId, CopresenceRequest request, int edgeLimit) {
		return this.cache.get(new Key(centreId, request, edgeLimit), (key) -> compute(key));
	}

	/**
	 * The meetings two people (or two metropolises) were both at, within the request's
	 * filters, by date.
	 */
	public List<MeetingRef> sharedMeetings(String a, String b, CopresenceRequest request) {
		EgoNetworkView ego = egoNetwork(a, request, 0);
		return ego.met()
			.stream()
			.filter((m) -> m.id().equals(b))
			.findFirst()
			.map((m) -> ego.meetings().stream().filter((mt) -> m.meetings().contains(mt.id())).toList())
			.orElse(List.of());
	}

	private EgoNetworkView compute(Key key) {
		CopresenceRequest request = key.request();
		Centre centre = this.reader.centre(request.network(), key.centre())
			.orElseThrow(() -> new EntityNotFoundException(
					(request.network() == Network.PEOPLE) ? "personne" : "métropole", key.centre()));
		List<Row> rows = this.reader.read(centre.id(), request);
		// The metropolis query returns candidate meetings: keep those the centre was at.
		java.util.Set<String> centreMeetings = new java.util.HashSet<>();
		for (Row row : rows) {
			if (row.actorId().equals(centre.id())) {
				centreMeetings.add(row.meeting().id());
			}
		}
		TwoModeData.Builder builder = TwoModeData.builder().addActor(centre.id());
		Map<String, String> names = new LinkedHashMap<>();
		names.put(centre.id(), centre.name());
		Map<String, MeetingRef> meetings = new LinkedHashMap<>();
		for (Row row : rows) {
			if (centreMeetings.contains(row.meeting().id())) {
				builder.add(row.actorId(), row.meeting().id());
				names.putIfAbsent(row.actorId(), (row.actorName() != null) ? row.actorName() : row.actorId());
				meetings.putIfAbsent(row.meeting().id(), row.meeting());
			}
		}
		TwoModeData data = builder.build();
		WeightedGraph graph = new OneModeProjection(request.weighting(), request.minWeight()).project(data);
		NetworkMetrics.Result metrics = new NetworkMetrics(this.properties.optionsFor(graph.nodeCount()))
			.compute(graph);
		List<NodeView> nodes = new ArrayList<>(graph.nodeCount());
		for (int i = 0; i < graph.nodeCount(); i++) {
			String id = data.actorId(i);
			nodes.add(new NodeView(id, names.get(id), metrics.degree()[i], metrics.weightedDegree()[i],
					metrics.betweenness()[i], metrics.eigenvector()[i], metrics.community()[i]));
		}
		int c = data.actorIndex(centre.id());
		List<EgoEdge> edges = edges(data, graph, c, key.edgeLimit());
		List<Met> met = new ArrayList<>();
		for (int i = 0; i < data.actorCount(); i++) {
			if (i != c) {
				met.add(met(data, meetings, c, i, names.get(data.actorId(i))));
			}
		}
		met.sort(Comparator.comparingInt(Met::shared).reversed().thenComparing(Met::name));
		List<MeetingRef> byDate = new ArrayList<>(meetings.values());
		byDate.sort(MEETING_ORDER);
		return new EgoNetworkView(request.network().code(), centre, nodes, edges, graph.edgeCount(), byDate, met,
				metrics.modularity(), metrics.density());
	}

	private static final Comparator<MeetingRef> MEETING_ORDER = Comparator
		.comparing(MeetingRef::year, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(MeetingRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(MeetingRef::title, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(MeetingRef::id);

	private static List<EgoEdge> edges(TwoModeData data, WeightedGraph graph, int centre, int limit) {
		List<int[]> pairs = new ArrayList<>();
		for (int a = 0; a < graph.nodeCount(); a++) {
			for (int b : graph.neighbours(a)) {
				if (a < b) {
					pairs.add(new int[] { a, b });
				}
			}
		}
		// The centre's ties first, then the strongest.
		pairs.sort(Comparator.<int[]>comparingInt((p) -> (p[0] == centre || p[1] == centre) ? 0 : 1)
			.thenComparing(Comparator.<int[]>comparingDouble((p) -> graph.weight(p[0], p[1])).reversed())
			.thenComparing((p) -> data.actorId(p[0]))
			.thenComparing((p) -> data.actorId(p[1])));
		List<EgoEdge> edges = new ArrayList<>();
		for (int[] p : pairs) {
			boolean centreTie = p[0] == centre || p[1] == centre;
			if (!centreTie && edges.size() >= limit) {
				break;
			}
			List<String> shared = new ArrayList<>();
			for (int e : data.sharedEvents(p[0], p[1])) {
				shared.add(data.eventId(e));
			}
			edges.add(new EgoEdge(data.actorId(p[0]), data.actorId(p[1]), graph.weight(p[0], p[1]), shared));
		}
		return edges;
	}

	private static Met met(TwoModeData data, Map<String, MeetingRef> meetings, int centre, int other, String name) {
		TreeMap<Integer, Integer> years = new TreeMap<>();
		List<MeetingRef> shared = new ArrayList<>();
		for (int e : data.sharedEvents(centre, other)) {
			MeetingRef meeting = meetings.get(data.eventId(e));
			shared.add(meeting);
			if (meeting.year() != null) {
				years.merge(meeting.year(), 1, Integer::sum);
			}
		}
		shared.sort(MEETING_ORDER);
		return new Met(data.actorId(other), name, shared.size(),
				years.entrySet().stream().map((y) -> new YearCount(y.getKey(), y.getValue())).toList(),
				shared.stream().map(MeetingRef::id).toList());
	}

}
