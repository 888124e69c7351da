package fr.metrograph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.TestNeo4j;

import static fr.metrograph.testsupport.GraphQueries.rows;
import static fr.metrograph.testsupport.GraphQueries.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader stores of how each fact was found: every extracted relationship and
 * every {@code MENTIONED_IN} has an {@code extractor} and a {@code confidence}, and a
 * mention that fits two people is an {@code (:UnresolvedMention)}, visible and not
 * guessed (the queries are those of {@code cypher/README.md}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "app.ingest.on-startup=false")
class ProvenanceIngestIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "password");
	}

	@Autowired
	IngestService ingest;

	@BeforeAll
	static void clear() {
		TestNeo4j.clear();
	}

	private void load() {
		IngestReport report = this.ingest
			.ingest(List.of(Path.of("data/documents"), Path.of("src/test/resources/corpus/lettre_info_2024.txt"),
					Path.of("src/test/resources/corpus/releve_decisions_elus_2024.txt")), (o) -> {
					});
		assertThat(report.hasFailures()).isFalse();
	}

	@Test
	void everyExtractedRelationshipSaysWhichFinderAndHowSure() {
		load();
		long missing = ((Number) value("MATCH ()-[r]->() WHERE r.source IS NOT NULL OR type(r) = 'MENTIONED_IN' "
				+ "WITH r WHERE r.extractor IS NULL OR r.confidence IS NULL OR r.confidence < 0 OR r.confidence > 1 "
				+ "RETURN count(r) AS n", Map.of()))
			.longValue();
		assertThat(missing).isZero();
		List<Map<String, Object>> attendance = rows("MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) "
				+ "WHERE a.confidence >= 0.8 RETURN DISTINCT a.extractor AS extractor");
		assertThat(attendance).extracting((r) -> r.get("extractor")).contains("list-block");
	}

	@Test
	void aSurnameThatFitsTwoPeopleIsAnUnresolvedMention() {
		load();
		List<Map<String, Object>> unresolved = rows("""
				MATCH (u:UnresolvedMention {kind: 'person'})-[r:MENTIONED_IN]->(d:Document)
				RETURN u.kind AS kind, u.text AS text, u.candidates AS candidates, u.reason AS reason,
				       d.title AS document, r.lines AS lines, r.evidence AS evidence, r.extractor AS extractor
				""");
		assertThat(unresolved).isNotEmpty().allSatisfy((u) -> {
			assertThat(u.get("kind")).isEqualTo("person");
			Object candidates = u.get("candidates");
			assertThat((candidates instanceof Object[] a) ? List.of(a) : (List<?>) candidates).hasSize(2)
				.containsExactlyInAnyOrder("marie-lefebvre", "marc-lefebvre");
			assertThat((String) u.get("reason")).contains("2 personnes");
			assertThat(u.get("extractor")).isNotNull();
		});
		assertThat(unresolved).extracting((u) -> u.get("text")).contains("Mme Lefebvre", "M. Lefebvre");
	}

	@Test
	void laMetropoleAloneInADocumentNamingSeveralMetropolisesIsAnUnresolvedMention() {
		load();
		List<Map<String, Object>> unresolved = rows("""
				MATCH (u:UnresolvedMention {kind: 'metropolis'})-[r:MENTIONED_IN]->(d:Document)
				RETURN u.text AS text, size(u.candidates) AS candidates, r.extractor AS extractor
				""");
		assertThat(unresolved).isNotEmpty().allSatisfy((u) -> {
			assertThat(u.get("text")).isEqualTo("la Métropole");
			assertThat(((Number) u.get("candidates")).intValue()).isGreaterThan(1);
			assertThat(u.get("extractor")).isEqualTo("metropolis-reference");
		});
	}

	@Test
	void aCityNamedAsACityIsACommuneNode() {
		load();
		assertThat((Object) value("MATCH (c:Organization:Commune {id: 'ville-de-bordeaux'}) RETURN c.kind AS kind",
				Map.of()))
			.isEqualTo("COMMUNE");
		long unlabelled = ((Number) value(
				"MATCH (o:Organization {kind: 'COMMUNE'}) WHERE NOT o:Commune RETURN count(o) AS n", Map.of()))
			.longValue();
		assertThat(unlabelled).isZero();
	}

}
