package fr.metrograph.coverage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.Fixtures;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which years the documents cover, on the co-presence fixture: 2022 (a meeting report),
 * 2024 and 2025 (annual summaries), and 2023 that nothing covers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class CoverageIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void everyYearBetweenTheFirstAndTheLastIsListedAndAYearNothingCoversIsNotDocumented() {
		Fixtures.load("copresence_seeds");
		Fixtures.statements("copresence_groups_themes")
			.forEach((s) -> TestNeo4j.get().defaultDatabaseService().executeTransactionally(s));
		TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MATCH (m:Metropolis {id: 'bordeaux'}), (g:Group {id: 'agents'}) "
					+ "CREATE (m)-[:MEMBER_OF {year: 2024, source: 'doc-agents-2024'}]->(g) "
					+ "MERGE (s:GraphState {id: 'graph'}) SET s.version = $v", Map.of("v", System.nanoTime()));
		List<Map<String, Object>> years = TestHttp.client(this.port)
			.get()
			.uri("/api/coverage")
			.retrieve()
			.body(List.class);
		assertThat(years).extracting((y) -> y.get("year")).containsExactly(2022, 2023, 2024, 2025);
		Map<String, Object> y2022 = years.get(0);
		assertThat(y2022).containsEntry("documented", true).containsEntry("meetings", true);
		assertThat((List<Map<String, Object>>) y2022.get("documents")).extracting((d) -> d.get("kind"))
			.containsExactly("meeting_report");
		assertThat(years.get(1)).containsEntry("documented", false)
			.containsEntry("meetings", false)
			.containsEntry("themes", false)
			.containsEntry("documents", List.of())
			.containsEntry("membership", List.of());
		assertThat(years.get(2)).containsEntry("membership", List.of("agents")).containsEntry("themes", true);
		assertThat(years.get(3)).containsEntry("membership", List.of()).containsEntry("themes", false);
	}

}
