package fr.metrograph.copresence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.cypher.CypherQueries;

/**
 * Reads the two-mode data of a request out of Neo4j in one read transaction and one named
 * query. For exports and the metropolis network ({@link #read}), every row with its years
 * and sources, each row straight to the consumer (in-process on the embedded database).
 * For the people network and its metrics ({@link #readNetwork}), the pairs straight into
 * {@link TwoModeData}: on the embedded database the request's meetings come from Cypher
 * and their attendance is read in-process through Neo4j's kernel cursors
 * ({@link KernelAttendanceReader}: no Bolt encoding, socket and decoding, no Cypher per
 * attendance row, which took most of a cold first page's time on 20k people); on an
 * external server, over Bolt, the driver fetching in batches.
 */
@Component
class AttendanceReader {

	static final String PEOPLE = "copresence/people_attendance";

	static final String METROPOLISES = "copresence/metropolis_attendance";

	static final String PEOPLE_NETWORK = "copresence/people_network";

	static final String NETWORK_MEETINGS = "copresence/network_meetings";

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
	 * The request's two-mode data, without years or sources (what the network and its
	 * metrics need). People on the embedded database: {@link #readNetworkEmbedded}; on an
	 * external server, {@code people_network} over Bolt, one row per person with all
	 * their meetings. Metropolises (a few dozen actors) come from the full query
	 * ({@link #read}).
	 */
	NetworkData readNetwork(CopresenceRequest request) {
		if (request.network() == Network.METROPOLISES) {
			TwoModeData.Builder builder = TwoModeData.builder();
			List<String> names = new ArrayList<>();
			read(request, (row) -> add(builder, names, row.actorId(), row.actorName(), row.eventId()));
			return NetworkData.of(builder, names);
		}
		if (this.embedded != null) {
			return readNetworkEmbedded(request);
		}
		try (var session = this.driver.session()) {
			// Built inside the work, so that a retried transaction starts afresh.
			return session.executeRead((tx) -> {
				TwoModeData.Builder people = TwoModeData.builder();
				List<String> names = new ArrayList<>();
				var result = tx.run(this.peopleNetworkQuery, parameters(request));
				while (result.hasNext()) {
					Record record = result.next();
					String id = record.get("actorId").asString();
					String name = record.get("actorName").asString(null);
					for (Value event : record.get("events").values()) {
						add(people, names, id, name, event.asString());
					}
				}
				return NetworkData.of(people, names);
			});
		}
	}

	/** Adds a pair, and the actor's name (or id) when it is new. */
	private static void add(TwoModeData.Builder builder, List<String> names, String actorId, String actorName,
			String eventId) {
		int actor = builder.actor(actorId);
		builder.add(actor, builder.event(eventId));
		if (actor == names.size()) {
			names.add((actorName != null) ? actorName : actorId);
		}
	}

	/**
	 * The embedded read: the request's meetings from Cypher ({@code network_meetings},
	 * the same filters as {@code people_network}), then their attendance read in the same
	 * transaction by {@link KernelAttendanceReader}: what {@code people_network} returns,
	 * without evaluating Cypher per attendance.
	 */
	private NetworkData readNetworkEmbedded(CopresenceRequest request) {
		Map<String, Object> parameters = parameters(request);
		parameters.remove("allStatuses");
		try (Transaction tx = this.embedded.beginTx();
				Result meetings = tx.execute(this.networkMeetingsQuery, parameters)) {
			return KernelAttendanceReader.read((InternalTransaction) tx, meetings, request.allStatuses());
		}
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

	private static Map<String, Object> metropolisParameters(CopresenceRequest request) {
		Map<String, Object> parameters = parameters(request);
		parameters.put("viaPeople", request.via() != Via.PRESENTERS);
		parameters.put("viaPresenters", request.via() != Via.PEOPLE);
		return parameters;
	}

	/**
	 * Feeds every row of the request's two-mode data to {@code rows}; returns the row
	 * count. In-process on the embedded database: over Bolt, encoding and decoding each
	 * row and its sources took most of the metropolis network's first answer on a 98k-row
	 * sheet (bench/copresence.md, session 8).
	 */
	long read(CopresenceRequest request, Consumer<AttendanceRow> rows) {
		boolean metropolises = request.network() == Network.METROPOLISES;
		Map<String, Object> parameters = metropolises ? metropolisParameters(request) : parameters(request);
		String statement = metropolises ? this.metropolisQuery : this.peopleQuery;
		if (this.embedded != null) {
			try (Transaction tx = this.embedded.beginTx(); Result result = tx.execute(statement, parameters)) {
				long[] count = new long[1];
				result.accept((row) -> {
					rows.accept(toRow(row));
					count[0]++;
					return true;
				});
				return count[0];
			}
		}
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

	private static AttendanceRow toRow(Result.ResultRow row) {
		Number year = row.getNumber("year");
		List<String> sources = new ArrayList<>();
		for (Object source : (List<?>) row.get("sources")) {
			sources.add((String) source);
		}
		return new AttendanceRow(row.getString("actorId"), row.getString("actorName"), row.getString("eventId"),
				(year != null) ? year.intValue() : null, sources);
	}

	private static AttendanceRow toRow(Record record) {
		Value year = record.get("year");
		return new AttendanceRow(record.get("actorId").asString(), record.get("actorName").asString(null),
				record.get("eventId").asString(), year.isNull() ? null : year.asInt(),
				record.get("sources").asList(Value::asString));
	}

}
