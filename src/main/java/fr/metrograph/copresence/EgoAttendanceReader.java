package fr.metrograph.copresence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.copresence.EgoNetworkViews.Centre;
import fr.metrograph.copresence.EgoNetworkViews.MeetingRef;
import fr.metrograph.cypher.CypherQueries;

/**
 * Reads the two-mode data around one person or metropolis: the rows of the meetings the
 * centre may have been at, with what the pages need to name each meeting.
 */
@Component
class EgoAttendanceReader {

	private final Driver driver;

	private final String centreQuery;

	private final String peopleQuery;

	private final String metropolisQuery;

	EgoAttendanceReader(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.centreQuery = queries.get("copresence/ego_centre");
		this.peopleQuery = queries.get("copresence/ego_people_attendance");
		this.metropolisQuery = queries.get("copresence/ego_metropolis_attendance");
	}

	/** One (actor, meeting) row of an ego network. */
	record Row(String actorId, String actorName, MeetingRef meeting, List<String> sources) {
	}

	Optional<Centre> centre(Network network, String id) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(this.centreQuery, Map.of("id", id, "network", network.code()))
				.list((r) -> new Centre(r.get("id").asString(), r.get("name").asString(id)))
				.stream()
				.findFirst());
		}
	}

	List<Row> read(String centreId, CopresenceRequest request) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", centreId);
		parameters.put("from", request.from());
		parameters.put("to", request.to());
		parameters.put("kind", request.kind());
		parameters.put("group", request.group());
		parameters.put("theme", request.theme());
		parameters.put("allStatuses", request.allStatuses());
		String query = this.peopleQuery;
		if (request.network() == Network.METROPOLISES) {
			query = this.metropolisQuery;
			parameters.put("viaPeople", request.via() != Via.PRESENTERS);
			parameters.put("viaPresenters", request.via() != Via.PEOPLE);
		}
		String statement = query;
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> {
				List<Row> rows = new ArrayList<>();
				tx.run(statement, parameters).forEachRemaining((r) -> rows.add(toRow(r)));
				return rows;
			});
		}
	}

	private static Row toRow(Record record) {
		Value year = record.get("year");
		MeetingRef meeting = new MeetingRef(record.get("eventId").asString(), record.get("eventTitle").asString(null),
				record.get("eventKind").asString(null), record.get("eventDate").asString(null),
				year.isNull() ? null : year.asInt());
		return new Row(record.get("actorId").asString(), record.get("actorName").asString(null), meeting,
				record.get("sources").asList(Value::asString));
	}

}
