package fr.metrograph.copresence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.cypher.CypherQueries;

/**
 * Streams the two-mode data of a request out of Neo4j in one read transaction and one
 * named query, row by row, without holding the result in memory: the driver fetches in
 * batches and each row goes straight to the consumer.
 */
@Component
class AttendanceReader {

	static final String PEOPLE = "copresence/people_attendance";

	static final String METROPOLISES = "copresence/metropolis_attendance";

	static final String PEOPLE_NETWORK = "copresence/people_network";

	/** One actor and the events it attended. */
	@FunctionalInterface
	interface ActorEvents {

		void accept(String actorId, String actorName, java.util.List<String> eventIds);

	}

	private final Driver driver;

	private final String peopleQuery;

	private final String metropolisQuery;

	private final String peopleNetworkQuery;

	AttendanceReader(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.peopleQuery = queries.get(PEOPLE);
		this.metropolisQuery = queries.get(METROPOLISES);
		this.peopleNetworkQuery = queries.get(PEOPLE_NETWORK);
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
