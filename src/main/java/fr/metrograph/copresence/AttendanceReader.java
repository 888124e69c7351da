package fr.metrograph.copresence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.cypher.CypherQueries;

/**
 * Streams the two-mode data of a request out of Neo4j in one read transaction and one
 * named query, row by row, without holding the result in memory: each row goes straight
 * to the consumer. On the embedded database the network's query runs in-process (the same
 * Cypher, without Bolt's encoding, socket and decoding, which took most of a cold first
 * page's time on 20k people); on an external server, over Bolt, the driver fetching in
 * batches.
 */
@Component
class AttendanceReader {

	static final String PEOPLE = "copresence/people_attendance";

	static final String METROPOLISES = "copresence/metropolis_attendance";

	static final String PEOPLE_NETWORK = "copresence/people_network";

	static final String NETWORK_MEETINGS = "copresence/network_meetings";

	private static final RelationshipType ATTENDED = RelationshipType.withName("ATTENDED");

	private static final Label PERSON = Label.label("Person");

	/** One actor and the events it attended. */
	@FunctionalInterface
	interface ActorEvents {

		void accept(String actorId, String actorName, java.util.List<String> eventIds);

	}

	private final Driver driver;

	/** The embedded database, or null on an external server. */
	private final GraphDatabaseService embedded;

	private final String peopleQuery;

	private final String metropolisQuery;

	private final String peopleNetworkQuery;

	private final String networkMeetingsQuery;

	@Autowired
	AttendanceReader(Driver driver, CypherQueries queries, ObjectProvider<DatabaseManagementService> embedded) {
		this(driver, queries, database(embedded.getIfAvailable()));
	}

	/**
	 * @param embedded the embedded database (the same as the driver's), or null to read
	 * over Bolt only
	 */
	AttendanceReader(Driver driver, CypherQueries queries, GraphDatabaseService embedded) {
		this.driver = driver;
		this.embedded = embedded;
		this.peopleQuery = queries.get(PEOPLE);
		this.metropolisQuery = queries.get(METROPOLISES);
		this.peopleNetworkQuery = queries.get(PEOPLE_NETWORK);
		this.networkMeetingsQuery = queries.get(NETWORK_MEETINGS);
	}

	private static GraphDatabaseService database(DatabaseManagementService dbms) {
		return (dbms != null) ? dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME) : null;
	}

	/**
	 * Feeds the request's two-mode data to {@code actors}, without years or sources (what
	 * the network and its metrics need), actor by actor; returns the number of pairs. For
	 * people, one row per person carries all their meetings; metropolises (a few dozen
	 * actors) come from the full query.
	 */
	long readNetwork(CopresenceRequest request, ActorEvents actors) {
		if (request.network() == Network.METROPOLISES) {
			return read(request,
					(row) -> actors.accept(row.actorId(), row.actorName(), java.util.List.of(row.eventId())));
		}
		if (this.embedded != null) {
			return readNetworkEmbedded(request, actors);
		}
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> {
				var result = tx.run(this.peopleNetworkQuery, parameters(request));
				long pairs = 0;
				while (result.hasNext()) {
					Record record = result.next();
					java.util.List<String> events = record.get("events").asList(Value::asString);
					actors.accept(record.get("actorId").asString(), record.get("actorName").asString(null), events);
					pairs += events.size();
				}
				return pairs;
			});
		}
	}

	/**
	 * The embedded read: the request's meetings from Cypher ({@code network_meetings},
	 * the same filters as {@code people_network}), then their attendance walked through
	 * Neo4j's Java API in the same transaction, grouped by person: what
	 * {@code people_network} returns, without evaluating Cypher per attendance.
	 */
	private long readNetworkEmbedded(CopresenceRequest request, ActorEvents actors) {
		Map<String, Object> parameters = parameters(request);
		parameters.remove("allStatuses");
		Map<String, Attendee> people = new LinkedHashMap<>();
		long pairs = 0;
		try (Transaction tx = this.embedded.beginTx()) {
			try (Result meetings = tx.execute(this.networkMeetingsQuery, parameters)) {
				while (meetings.hasNext()) {
					Map<String, Object> meeting = meetings.next();
					String meetingId = (String) meeting.get("id");
					Node node = tx.getNodeByElementId((String) meeting.get("node"));
					try (ResourceIterable<Relationship> attended = node.getRelationships(Direction.INCOMING,
							ATTENDED)) {
						for (Relationship a : attended) {
							if (!request.allStatuses() && !"present".equals(a.getProperty("status", null))) {
								continue;
							}
							Node person = a.getStartNode();
							Attendee attendee = people.get(person.getElementId());
							if (attendee == null) {
								if (!person.hasLabel(PERSON)) {
									continue;
								}
								attendee = new Attendee((String) person.getProperty("id", null),
										(String) person.getProperty("name", null), new LinkedHashSet<>());
								people.put(person.getElementId(), attendee);
							}
							if (meetingId != null && attendee.events().add(meetingId)) {
								pairs++;
							}
						}
					}
				}
			}
		}
		for (Attendee attendee : people.values()) {
			if (!attendee.events().isEmpty()) {
				actors.accept(attendee.id(), attendee.name(), List.copyOf(attendee.events()));
			}
		}
		return pairs;
	}

	/** A person of the embedded read and the meetings they attended. */
	private record Attendee(String id, String name, Set<String> events) {
	}

	private static Map<String, Object> parameters(CopresenceRequest request) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", request.from());
		parameters.put("to", request.to());
		parameters.put("kind", request.kind());
		parameters.put("allStatuses", request.allStatuses());
		parameters.put("group", request.group());
		parameters.put("theme", request.theme());
		return parameters;
	}

	/**
	 * Feeds every row of the request's two-mode data to {@code rows}; returns the row
	 * count.
	 */
	long read(CopresenceRequest request, Consumer<AttendanceRow> rows) {
		Map<String, Object> parameters = parameters(request);
		String query = this.peopleQuery;
		if (request.network() == Network.METROPOLISES) {
			query = this.metropolisQuery;
			parameters.put("viaPeople", request.via() != Via.PRESENTERS);
			parameters.put("viaPresenters", request.via() != Via.PEOPLE);
		}
		String statement = query;
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> {
				var result = tx.run(statement, parameters);
				long count = 0;
				while (result.hasNext()) {
					rows.accept(toRow(result.next()));
					count++;
				}
				return count;
			});
		}
	}

	private static AttendanceRow toRow(Record record) {
		Value year = record.get("year");
		return new AttendanceRow(record.get("actorId").asString(), record.get("actorName").asString(null),
				record.get("eventId").asString(), year.isNull() ? null : year.asInt(),
				record.get("sources").asList(Value::asString));
	}

}
