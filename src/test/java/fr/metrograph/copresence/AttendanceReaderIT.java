package fr.metrograph.copresence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.copresence.OneModeProjection.Weighting;
import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded read of the people network (meetings from Cypher, attendance through the
 * Java API) gives exactly what the named query gives over Bolt, for every filter: years,
 * kind, group, theme (on the meeting or one of its sessions), statuses; people only.
 */
@SpringBootTest(properties = "app.ingest.on-startup=false")
class AttendanceReaderIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	@BeforeEach
	void graph() {
		TestNeo4j.clear();
		TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally(
					"""
							CREATE (g:Group {id: 'g1'}), (t:Theme {id: 't1'}), (u:Theme {id: 't2'})
							CREATE (m1:Meeting {id: 'm1', year: 2022, kind: 'meeting'})-[:OF_GROUP]->(g)
							CREATE (m2:Meeting {id: 'm2', year: 2023, kind: 'meeting'})-[:ABOUT]->(t)
							CREATE (m3:Meeting {id: 'm3', year: 2024, kind: 'seminar'})
							CREATE (s3:Meeting {id: 's3', year: 2024, kind: 'session'})-[:PART_OF]->(m3)
							CREATE (s3)-[:ABOUT]->(u)
							CREATE (m4:Meeting {id: 'm4', kind: 'meeting'})
							CREATE (a:Person {id: 'ana', name: 'Ana'}), (b:Person {id: 'bob', name: 'Bob'}),
							       (c:Person {id: 'cyd'}), (d:Person {id: 'dan', name: 'Dan'}),
							       (o:Organization {id: 'org'})
							CREATE (a)-[:ATTENDED {status: 'present'}]->(m1), (b)-[:ATTENDED {status: 'present'}]->(m1),
							       (c)-[:ATTENDED {status: 'excused'}]->(m1), (a)-[:ATTENDED {status: 'present'}]->(m2),
							       (a)-[:ATTENDED {status: 'present', source: 'other'}]->(m2),
							       (b)-[:ATTENDED {status: 'present'}]->(m3), (c)-[:ATTENDED {status: 'present'}]->(m3),
							       (d)-[:ATTENDED]->(m4), (d)-[:ATTENDED {status: 'present'}]->(s3),
							       (o)-[:ATTENDED {status: 'present'}]->(m1)
							CREATE (x:Metropolis {id: 'lyon', shortName: 'Lyon'}), (y:Metropolis {id: 'nantes', shortName: 'Nantes'}),
							       (r:Role {id: 'r1'})
							CREATE (a)-[:AFFILIATED_WITH {year: 2022, source: 'd1'}]->(x),
							       (a)-[:AFFILIATED_WITH {year: 2023, source: 'd2'}]->(y), (b)-[:AFFILIATED_WITH {source: 'd1'}]->(y),
							       (c)-[:HELD {year: 2024}]->(r), (r)-[:AT {source: 'd3'}]->(x),
							       (y)-[:PARTICIPATED_IN {as: 'presenter', source: 'd4'}]->(s3),
							       (x)-[:PARTICIPATED_IN {as: 'host', source: 'd4'}]->(m4)
							""");
	}

	static List<CopresenceRequest> requests() {
		return List.of(request(null, null, null, false, null, null), request(null, null, null, true, null, null),
				request(2022, 2023, null, false, null, null), request(2024, null, null, true, null, null),
				request(null, null, "meeting", true, null, null), request(null, null, null, false, "g1", null),
				request(null, null, null, true, null, "t1"), request(null, null, null, true, null, "t2"),
				request(1990, 1991, null, true, null, null));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void theEmbeddedReadGivesWhatTheQueryGivesOverBolt(CopresenceRequest request) {
		sameNetworkBothWays(request, new TreeMap<>());
	}

	static List<CopresenceRequest> metropolisRequests() {
		return requests().stream()
			.flatMap((r) -> java.util.stream.Stream.of(Via.PEOPLE, Via.PRESENTERS, Via.BOTH)
				.map((via) -> new CopresenceRequest(Network.METROPOLISES, r.from(), r.to(), r.kind(), via,
						Weighting.COUNT, 0, r.allStatuses(), r.group(), r.theme())))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("metropolisRequests")
	void theMetropolisNetworkReadInProcessIsTheOneReadOverBolt(CopresenceRequest request) {
		Map<String, String> names = new TreeMap<>();
		Map<String, TreeSet<String>> overBolt = sameNetworkBothWays(request, names);
		List<String> rows = sameRowsBothWays(request);
		if (request.from() == null && request.kind() == null && request.group() == null && request.theme() == null
				&& !request.allStatuses()) {
			// Ana's affiliation of each meeting's year, Bob's undated one, Cyd's role;
			// Nantes presented session s3; hosting is no presence.
			Map<String, TreeSet<String>> expected = new TreeMap<>();
			if (request.via() != Via.PRESENTERS) {
				expected.put("lyon", new TreeSet<>(List.of("m1", "m3")));
				expected.put("nantes", new TreeSet<>(List.of("m1", "m2", "m3")));
			}
			if (request.via() != Via.PEOPLE) {
				expected.computeIfAbsent("nantes", (k) -> new TreeSet<>()).add("s3");
			}
			assertThat(overBolt).isEqualTo(expected);
			assertThat(names).containsEntry("nantes", "Nantes");
			// With years and sources: Ana at m1 (2022) through her 2022 affiliation only.
			assertThat(rows).contains((request.via() != Via.PRESENTERS)
					? "AttendanceRow[actorId=lyon, actorName=Lyon, eventId=m1, year=2022, sources=[d1]]"
					: "AttendanceRow[actorId=nantes, actorName=Nantes, eventId=s3, year=2024, sources=[d4]]");
		}
	}

	@ParameterizedTest
	@MethodSource("requests")
	void theFiltersKeepTheExpectedPeople(CopresenceRequest request) {
		Map<String, TreeSet<String>> read = read(inProcess(), request, new TreeMap<>());
		if (request.allStatuses() && request.from() == null && request.kind() == null && request.group() == null
				&& request.theme() == null) {
			assertThat(read).containsOnlyKeys("ana", "bob", "cyd", "dan");
			assertThat(read.get("ana")).containsExactly("m1", "m2");
			assertThat(read.get("dan")).containsExactly("m4", "s3");
		}
		if (!request.allStatuses() && request.from() == null && request.group() == null) {
			// Excused, and without a status, are left out; the organisation is no person.
			assertThat(read).containsOnlyKeys("ana", "bob", "cyd", "dan");
			assertThat(read.get("cyd")).containsExactly("m3");
			assertThat(read.get("dan")).containsExactly("s3");
		}
		if ("t2".equals(request.theme())) {
			assertThat(read).containsOnlyKeys("bob", "cyd", "dan");
		}
		if (request.from() != null && request.from() == 1990) {
			assertThat(read).isEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("requests")
	void thePeopleRowsReadInProcessAreTheRowsReadOverBolt(CopresenceRequest request) {
		sameRowsBothWays(request);
	}

	private AttendanceReader overBolt() {
		return new AttendanceReader(this.driver, this.queries, (org.neo4j.graphdb.GraphDatabaseService) null);
	}

	private AttendanceReader inProcess() {
		return new AttendanceReader(this.driver, this.queries, TestNeo4j.get().defaultDatabaseService());
	}

	/**
	 * The request's network read over Bolt and in-process, checked equal (names too).
	 * @param names filled with the actors' names read over Bolt
	 * @return each actor's meetings, read over Bolt
	 */
	private Map<String, TreeSet<String>> sameNetworkBothWays(CopresenceRequest request, Map<String, String> names) {
		Map<String, TreeSet<String>> overBolt = read(overBolt(), request, names);
		Map<String, String> inProcessNames = new TreeMap<>();
		assertThat(read(inProcess(), request, inProcessNames)).isEqualTo(overBolt);
		assertThat(inProcessNames).isEqualTo(names);
		return overBolt;
	}

	/**
	 * The request's rows read over Bolt and in-process, checked equal; those over Bolt.
	 */
	private List<String> sameRowsBothWays(CopresenceRequest request) {
		List<String> overBolt = rows(overBolt(), request);
		assertThat(rows(inProcess(), request)).isEqualTo(overBolt);
		return overBolt;
	}

	/** Every row of {@link AttendanceReader#read}, sorted, years and sources included. */
	private static List<String> rows(AttendanceReader reader, CopresenceRequest request) {
		List<String> rows = new java.util.ArrayList<>();
		long count = reader.read(request, (row) -> rows.add(row.toString()));
		assertThat(count).isEqualTo(rows.size());
		return rows.stream().sorted().toList();
	}

	private static Map<String, TreeSet<String>> read(AttendanceReader reader, CopresenceRequest request,
			Map<String, String> names) {
		Map<String, TreeSet<String>> events = new TreeMap<>();
		NetworkData read = reader.readNetwork(request);
		TwoModeData data = read.data();
		for (int i = 0; i < data.actorCount(); i++) {
			TreeSet<String> meetings = events.computeIfAbsent(data.actorId(i), (k) -> new TreeSet<>());
			for (int e : data.eventsOf(i)) {
				meetings.add(data.eventId(e));
			}
			names.put(data.actorId(i), read.names()[i]);
		}
		assertThat(data.pairCount()).isEqualTo(events.values().stream().mapToInt(TreeSet::size).sum());
		return events;
	}

	private static CopresenceRequest request(Integer from, Integer to, String kind, boolean allStatuses, String group,
			String theme) {
		return new CopresenceRequest(Network.PEOPLE, from, to, kind, Via.PEOPLE, Weighting.COUNT, 0, allStatuses, group,
				theme);
	}

}
