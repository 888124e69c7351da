package fr.metrograph.research;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fr.metrograph.ingest.IngestService;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every saved research query, with its default parameters, answers rows on the graph the
 * real ingest builds from the seeds (not only on the hand-written fixture).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class ResearchQueriesOnSeedsIT {

	/** Parameters without a default, given a value that exists in the seeds. */
	private static final Map<String, String> REQUIRED = Map.of("personne", "christelle-scuotto-calvez");

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@LocalServerPort
	int port;

	@BeforeAll
	static void seeds(@Autowired IngestService ingest) {
		TestNeo4j.clear();
		ingest.ingest(List.of(Path.of("data/documents")), (o) -> {
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void everySavedQueryAnswersRowsOnTheIngestedSeeds() {
		RestClient http = RestClient.create("http://localhost:" + this.port);
		List<Map<String, Object>> queries = http.get().uri("/api/queries").retrieve().body(List.class);
		assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
		for (Map<String, Object> query : queries) {
			StringBuilder uri = new StringBuilder("/api/queries/" + query.get("name") + "?");
			for (Map<String, Object> parameter : (List<Map<String, Object>>) query.get("parameters")) {
				String value = REQUIRED.get((String) parameter.get("name"));
				if (value != null) {
					uri.append(parameter.get("name")).append('=').append(value).append('&');
				}
			}
			Map<String, Object> answer = http.get().uri(uri.toString()).retrieve().body(Map.class);
			assertThat((List<?>) answer.get("rows")).as("rows of %s", query.get("name")).isNotEmpty();
		}
	}

}
