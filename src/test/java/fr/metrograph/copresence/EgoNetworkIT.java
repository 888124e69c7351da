package fr.metrograph.copresence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fr.metrograph.testsupport.Fixtures;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ego networks, the meetings behind a tie, and the group and theme filters, on the
 * hand-written co-presence fixture ({@code copresence_seeds.cypher} plus
 * {@code copresence_groups_themes.cypher}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class EgoNetworkIT {

	/**
	 * A graph version no other test uses, so that no cached answer outlives its fixture.
	 */
	private static final AtomicLong VERSION = new AtomicLong(System.nanoTime());

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void loadFixture() {
		this.http = TestHttp.client(this.port);
		Fixtures.load("copresence_seeds");
		for (String statement : Fixtures.statements("copresence_groups_themes")) {
			TestNeo4j.get().defaultDatabaseService().executeTransactionally(statement);
		}
		TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MERGE (s:GraphState {id: 'graph'}) SET s.version = $v",
					Map.of("v", VERSION.incrementAndGet()));
	}

	@Test
	void aPersonMetEveryoneOfTheMeetingsTheyAttendedWithTheMeetingAndItsYear() {
		Map<String, Object> ego = get("/api/people/christelle-scuotto-calvez/network");
		assertThat(((Map<?, ?>) ego.get("centre")).get("name")).isEqualTo("Christelle Scuotto-Calvez");
		assertThat(list(ego, "nodes")).hasSize(19);
		assertThat(ego.get("edgeCount")).isEqualTo(171);
		List<Map<String, Object>> met = list(ego, "met");
		assertThat(met).hasSize(18).allSatisfy((m) -> {
			assertThat(m.get("shared")).isEqualTo(1);
			assertThat(m.get("meetings")).isEqualTo(List.of("rencontre-elus-2022"));
			assertThat(m.get("years")).isEqualTo(List.of(Map.of("year", 2022, "count", 1)));
		});
		assertThat(list(ego, "meetings")).singleElement()
			.satisfies((m) -> assertThat(m)
				.containsEntry("title", "Première rencontre des élu·es des Métropoles Participatives")
				.containsEntry("date", "2022-05-05"));
		// Excused people are not met unless asked for.
		assertThat(met).extracting((m) -> m.get("id")).doesNotContain("martine-michel");
		assertThat(list(get("/api/people/christelle-scuotto-calvez/network?status=all"), "met")).hasSize(21);
	}

	@Test
	void aLimitKeepsEveryTieOfTheCentreAndSaysHowManyThereAre() {
		Map<String, Object> ego = get("/api/people/christelle-scuotto-calvez/network?limit=0");
		assertThat(list(ego, "edges")).hasSize(18)
			.allSatisfy(
					(e) -> assertThat(List.of(e.get("source"), e.get("target"))).contains("christelle-scuotto-calvez"));
		assertThat(ego.get("edgeCount")).isEqualTo(171);
	}

	@Test
	void aMetropolisHasTheSameTiesInItsEgoNetworkAsInTheWholeNetwork() {
		Map<String, Object> whole = get("/api/copresence/metropolises?via=both");
		for (Map<String, Object> node : list(whole, "nodes")) {
			String id = (String) node.get("id");
			Map<String, Object> ego = get("/api/metropolises/" + id + "/network?via=both");
			Map<String, Double> expected = ties(whole, id);
			assertThat(ties(ego, id)).as(id).isEqualTo(expected);
			assertThat(list(ego, "met")).as(id).hasSize(expected.size());
		}
		Map<String, Object> bordeaux = get("/api/metropolises/bordeaux/network?via=presenters");
		Map<String, Object> lille = list(bordeaux, "met").stream()
			.filter((m) -> m.get("id").equals("lille"))
			.findFirst()
			.orElseThrow();
		assertThat(lille.get("meetings")).isEqualTo(List.of("rex-2024-accords-cadres"));
	}

	@Test
	void theMeetingsBehindATieAreListed() {
		List<Map<String, Object>> shared = getList(
				"/api/copresence/metropolises/shared?a=bordeaux&b=plaine-commune&via=presenters");
		assertThat(shared).extracting((m) -> m.get("id")).containsExactly("rex-2024-accords-cadres");
		assertThat(getList("/api/copresence/metropolises/shared?a=bordeaux&b=strasbourg&via=presenters")).isEmpty();
	}

	@Test
	void groupAndThemeFiltersKeepTheirMeetingsOnly() {
		Map<String, Object> elus = get("/api/copresence/metropolises?via=both&group=elus");
		assertThat(byId(elus)).containsOnlyKeys("nantes", "rennes", "bordeaux", "strasbourg", "grand-nancy");
		Map<String, Object> agents = get("/api/copresence/metropolises?via=both&group=agents");
		assertThat(byId(agents)).doesNotContainKeys("rennes", "grand-nancy").containsKeys("lille", "rouen-normandie");
		// The theme of a session, and of the meeting one of whose sessions is about it.
		Map<String, Object> theme = get("/api/copresence/metropolises?via=presenters&theme=accords-cadres");
		assertThat(byId(theme)).containsOnlyKeys("plaine-commune", "bordeaux", "lille");
		assertThat(byId(get("/api/copresence/people?theme=accords-cadres"))).hasSize(19);
		assertThat(list(get("/api/people/celine-papin/network?group=agents"), "met")).isEmpty();
	}

	@Test
	void anUnknownCentreIsAFrenchNotFound() {
		ResponseEntity<Map> response = this.http.get()
			.uri("/api/people/personne-inconnue/network")
			.retrieve()
			.toEntity(Map.class);
		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getBody().get("detail").toString()).contains("personne", "personne-inconnue");
		ResponseEntity<Map> limit = this.http.get()
			.uri("/api/people/celine-papin/network?limit=-1")
			.retrieve()
			.toEntity(Map.class);
		assertThat(limit.getStatusCode().value()).isEqualTo(400);
		assertThat(limit.getBody().toString()).contains("Le nombre de liens (limit)");
	}

	private static Map<String, Double> ties(Map<String, Object> network, String id) {
		Map<String, Double> ties = new HashMap<>();
		for (Map<String, Object> e : list(network, "edges")) {
			if (e.get("source").equals(id)) {
				ties.put((String) e.get("target"), (Double) e.get("weight"));
			}
			else if (e.get("target").equals(id)) {
				ties.put((String) e.get("source"), (Double) e.get("weight"));
			}
		}
		return ties;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String uri) {
		ResponseEntity<Map> response = this.http.get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).as(uri + " " + response.getBody()).isEqualTo(200);
		return response.getBody();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> getList(String uri) {
		ResponseEntity<List> response = this.http.get().uri(uri).retrieve().toEntity(List.class);
		assertThat(response.getStatusCode().value()).as(uri).isEqualTo(200);
		return response.getBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> network, String key) {
		return (List<Map<String, Object>>) network.get(key);
	}

	private static Map<String, Map<String, Object>> byId(Map<String, Object> network) {
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		list(network, "nodes").forEach((node) -> nodes.put((String) node.get("id"), node));
		return nodes;
	}

}
