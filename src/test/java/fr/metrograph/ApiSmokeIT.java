package fr.metrograph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fr.metrograph.ingest.IngestService;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a user meets it: seeds loaded from data/documents at start-up, health
 * UP, the read API, OpenAPI, problem details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiSmokeIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	RestClient http;

	@BeforeEach
	void client() {
		this.http = TestHttp.client(this.port);
		TestNeo4j.clear();
		this.ingest.ingestInputDirectory((o) -> {
		});
	}

	@Test
	void healthIsUpOnceTheSeedsAreLoaded() {
		Map<?, ?> health = this.http.get().uri("/actuator/health").retrieve().body(Map.class);
		assertThat(health.get("status")).isEqualTo("UP");
	}

	@Test
	void listsDocumentsAndShowsOne() {
		List<Map<String, Object>> documents = list("/api/documents");
		assertThat(documents).hasSize(4);
		String id = (String) documents.get(0).get("id");
		Map<?, ?> document = this.http.get().uri("/api/documents/{id}", id).retrieve().body(Map.class);
		assertThat((List<?>) document.get("mentions")).isNotEmpty();
	}

	@Test
	void listsMetropolisesOfAYearAndShowsOne() {
		assertThat(list("/api/metropolises?year=2025")).extracting((m) -> m.get("id")).contains("bordeaux");
		Map<?, ?> bordeaux = this.http.get().uri("/api/metropolises/bordeaux").retrieve().body(Map.class);
		assertThat(bordeaux.get("name")).isEqualTo("Bordeaux Métropole");
		assertThat((List<?>) bordeaux.get("memberships")).isNotEmpty();
	}

	@Test
	void searchesPeopleIgnoringCaseAndAccents() {
		List<Map<String, Object>> people = list("/api/people?q=SCUOTTO");
		assertThat(people).singleElement().extracting((p) -> p.get("id")).isEqualTo("christelle-scuotto-calvez");
		Map<?, ?> person = this.http.get().uri("/api/people/christelle-scuotto-calvez").retrieve().body(Map.class);
		assertThat((List<?>) person.get("roles")).isNotEmpty();
		assertThat((List<?>) person.get("sources")).isNotEmpty();
	}

	@Test
	void listsMeetingsThemesAndConflicts() {
		assertThat(list("/api/meetings?year=2024")).isNotEmpty();
		assertThat(list("/api/themes")).extracting((t) -> t.get("name")).contains("CCSPL");
		assertThat(list("/api/conflicts")).extracting((c) -> c.get("type")).contains("year_conflict");
	}

	@Test
	void answersUnknownIdsAndBadParametersWithFrenchProblemDetails() {
		var missing = this.http.get().uri("/api/metropolises/atlantis").retrieve().toEntity(Map.class);
		assertThat(missing.getStatusCode().value()).isEqualTo(404);
		assertThat(missing.getHeaders().getContentType().toString()).contains("application/problem+json");
		assertThat(missing.getBody().get("detail").toString()).contains("atlantis");
		var badYear = this.http.get().uri("/api/meetings?year=abc").retrieve().toEntity(Map.class);
		assertThat(badYear.getStatusCode().value()).isEqualTo(400);
		assertThat(badYear.getBody().get("title")).isEqualTo("Paramètre invalide");
		var outOfRange = this.http.get().uri("/api/meetings?year=3000").retrieve().toEntity(Map.class);
		assertThat(outOfRange.getStatusCode().value()).isEqualTo(400);
		assertThat(outOfRange.getBody().get("detail").toString()).contains("entre 1900 et 2100");
	}

	@Test
	void documentsTheApiWithOpenApi() {
		Map<?, ?> openApi = this.http.get().uri("/v3/api-docs").retrieve().body(Map.class);
		assertThat(((Map<?, ?>) openApi.get("paths")).keySet().stream().map(Object::toString).toList())
			.contains("/api/documents", "/api/metropolises", "/api/people/{id}", "/api/conflicts", "/api/search");
		Map<?, ?> info = (Map<?, ?>) openApi.get("info");
		assertThat(info.get("title")).isEqualTo("API Metrograph");
		assertThat(info.get("version").toString()).isNotBlank().isNotEqualTo("v0");
		assertThat(info.get("description").toString()).contains("métropoles participatives");
		String json = this.http.get().uri("/v3/api-docs").retrieve().body(String.class);
		assertThat(json).doesNotContain("\"*/*\"")
			.contains("\"image/svg+xml\"", "\"application/pdf\"", "\"application/problem+json\"");
		assertThat(this.http.get().uri("/swagger-ui.html").retrieve().toEntity(String.class).getStatusCode().value())
			.isIn(200, 302);
		assertThat(this.http.get().uri("/swagger-ui/index.html").retrieve().body(String.class)).contains("Swagger UI");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> list(String uri) {
		return this.http.get().uri(uri).retrieve().body(List.class);
	}

}
