package fr.metrograph.search;

import java.util.List;
import java.util.Map;

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
 * The global search on the co-presence fixture, through the full-text index the schema
 * creates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class SearchIT {

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
		Fixtures.statements("copresence_groups_themes")
			.forEach((s) -> TestNeo4j.get().defaultDatabaseService().executeTransactionally(s));
	}

	@Test
	void aPersonIsFoundWithoutAccentsWithoutCaseAndWithALetterMissing() {
		assertThat(ids("celine PAPIN", "Person")).containsExactly("celine-papin");
		assertThat(ids("stephanie gruet", "Person")).containsExactly("stephanie-gruet");
		assertThat(ids("Scutto", "Person")).containsExactly("christelle-scuotto-calvez");
		assertThat(ids("scuo", "Person")).containsExactly("christelle-scuotto-calvez");
	}

	@Test
	@SuppressWarnings("unchecked")
	void resultsAreGroupedByKindInAFixedOrder() {
		Map<String, Object> results = get("/api/search?q=nantes");
		List<Map<String, Object>> groups = (List<Map<String, Object>>) results.get("groups");
		assertThat(groups).extracting((g) -> g.get("kind")).containsSubsequence("Metropolis");
		assertThat(ids("nantes", "Metropolis")).contains("nantes");
		assertThat(ids("accords cadres", "Theme")).containsExactly("accords-cadres");
		assertThat(ids("accords cadres", "Meeting")).contains("rex-2024-accords-cadres");
		assertThat(ids("premiere rencontre", "Document")).containsExactly("doc-elus-2022");
		Map<String, Object> papin = ((List<Map<String, Object>>) ((Map<String, Object>) groups.get(0)).get("results"))
			.get(0);
		assertThat(papin).containsKeys("id", "name", "score");
	}

	@Test
	void anEmptyQueryIsAFrenchBadRequest() {
		ResponseEntity<Map> response = this.http.get().uri("/api/search?q={q}", " !").retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("detail").toString()).contains("au moins une lettre");
	}

	@SuppressWarnings("unchecked")
	private List<String> ids(String query, String kind) {
		List<Map<String, Object>> groups = (List<Map<String, Object>>) get("/api/search?q=" + query).get("groups");
		return groups.stream()
			.filter((g) -> g.get("kind").equals(kind))
			.flatMap((g) -> ((List<Map<String, Object>>) g.get("results")).stream())
			.map((r) -> (String) r.get("id"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String uri) {
		ResponseEntity<Map> response = this.http.get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).as(uri + " " + response.getBody()).isEqualTo(200);
		return response.getBody();
	}

}
