package fr.metrograph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.TestNeo4j;

import static fr.metrograph.testsupport.GraphQueries.counts;
import static fr.metrograph.testsupport.GraphQueries.names;
import static fr.metrograph.testsupport.GraphQueries.rows;
import static fr.metrograph.testsupport.GraphQueries.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph built from the three seed documents agrees with
 * {@code ../shared/seeds/expected.yml} (copied in {@code data/documents}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "app.ingest.on-startup=false")
class SeedIngestIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "password");
	}

	@Autowired
	IngestService ingest;

	IngestReport report;

	@BeforeEach
	void loadSeeds() {
		TestNeo4j.clear();
		this.report = this.ingest.ingest(List.of(Path.of("data/documents")), (o) -> {
		});
	}

	@Test
	void loadsEveryDocumentOfTheSeeds() {
		assertThat(this.report.hasFailures()).isFalse();
		assertThat(this.report.count(DocumentOutcome.Status.LOADED)).isEqualTo(4);
		List<Map<String, Object>> docs = rows("MATCH (d:Document) RETURN d.kind AS kind, d.year AS year ORDER BY year");
		assertThat(docs).extracting((d) -> d.get("kind") + ":" + d.get("year"))
			.containsExactly("project_sheet:2019", "meeting_report:2022", "annual_summary:2024", "annual_summary:2025");
	}

	@Test
	void membershipPerYearHasBrestIn2024Only() {
		String query = "MATCH (m:Metropolis)-[r:MEMBER_OF {year: $year}]->(:Group {id: 'agents'}) "
				+ "RETURN DISTINCT m.shortName AS name";
		List<String> members2024 = names(query, Map.of("year", 2024));
		List<String> members2025 = names(query, Map.of("year", 2025));
		assertThat(members2024).hasSize(15).contains("Brest");
		assertThat(members2025).hasSize(14).doesNotContain("Brest");
		assertThat(members2025).containsExactlyInAnyOrder("Aix-Marseille-Provence", "Bordeaux", "Clermont Auvergne",
				"Grenoble-Alpes", "Grand Nancy", "Grand Paris", "Lille", "Lyon", "Nantes", "Plaine Commune", "Rennes",
				"Rouen Normandie", "Strasbourg", "Toulouse");
	}

	@Test
	void groupMeetingsPerYearAndFormat() {
		String query = "MATCH (m:Meeting {kind: 'group_meeting', year: $year})-[:OF_GROUP]->(:Group {id: 'agents'}) "
				+ "RETURN m.format AS format, count(DISTINCT m) AS n ORDER BY format";
		assertThat(rows(query, Map.of("year", 2024))).extracting((r) -> r.get("format") + "=" + r.get("n"))
			.containsExactly("IN_PERSON=3", "REMOTE=3");
		assertThat(rows(query, Map.of("year", 2025))).extracting((r) -> r.get("format") + "=" + r.get("n"))
			.containsExactly("IN_PERSON=1", "REMOTE=3");
	}

	@Test
	void sixExperienceSharingSessionsWithTheirPresenters() {
		List<Map<String, Object>> sessions = rows("""
				MATCH (s:Meeting {kind: 'experience_sharing'})-[:ABOUT]->(t:Theme)
				MATCH (m:Metropolis)-[:PARTICIPATED_IN {as: 'presenter'}]->(s)
				WITH s, t, m ORDER BY m.shortName
				RETURN s.year AS year, t.name AS theme, collect(DISTINCT m.shortName) AS presenters
				ORDER BY year, theme""");
		assertThat(sessions).extracting((r) -> r.get("year") + " " + r.get("theme") + " " + r.get("presenters"))
			.containsExactlyInAnyOrder("2024 Accords cadres [Bordeaux, Lille, Plaine Commune]",
					"2024 Conseils de développement [Strasbourg]",
					"2024 Renouvellement des contrats de ville [Aix-Marseille-Provence, Bordeaux, Grenoble-Alpes]",
					"2025 CCSPL [Grenoble-Alpes, Plaine Commune]",
					"2025 Outils de diffusion d'une culture interne [Bordeaux, Clermont Auvergne]",
					"2025 Plateformes participatives [Nantes, Rouen Normandie]");
	}

	@Test
	void theElectedOfficialsMeetingOf2022() {
		Map<String, Object> meeting = rows("""
				MATCH (m:Meeting {kind: 'meeting', year: 2022})-[:HOSTED_BY]->(h:Metropolis)
				RETURN m.startDate AS start, m.endDate AS end, m.format AS format, h.id AS host""").get(0);
		assertThat(meeting.get("start")).hasToString("2022-05-05");
		assertThat(meeting.get("end")).hasToString("2022-05-06");
		assertThat(meeting).containsEntry("format", "IN_PERSON").containsEntry("host", "nantes");
		long present = value(
				"MATCH (p:Person)-[:ATTENDED {status: 'present'}]->(:Meeting {kind: 'meeting', year: 2022}) "
						+ "RETURN count(DISTINCT p)");
		long excused = value(
				"MATCH (p:Person)-[:ATTENDED {status: 'excused'}]->(:Meeting {kind: 'meeting', year: 2022}) "
						+ "RETURN count(DISTINCT p)");
		long people = value(
				"MATCH (p:Person)-[:MENTIONED_IN]->(:Document {kind: 'meeting_report'}) " + "RETURN count(DISTINCT p)");
		assertThat(present).isEqualTo(19);
		assertThat(excused).isEqualTo(3);
		assertThat(people).isEqualTo(23);
		String[] aliases = value("MATCH (p:Person {id: 'christelle-scuotto-calvez'}) RETURN p.aliases");
		assertThat(aliases).contains("Christelle Scutto-Calvez");
		assertThat((long) value("MATCH (p:Person) WHERE p.name STARTS WITH 'Yohan' RETURN count(p)")).isEqualTo(1);
	}

	@Test
	void theClermontStudyOf2019() {
		Map<String, Object> study = rows("""
				MATCH (o:Organization)-[a:ACCOMPANIED]->(m:Metropolis {id: 'clermont-auvergne'})
				OPTIONAL MATCH (o)-[:PARTNERED]->(p:Organization)
				WITH o, a, p ORDER BY p.name
				RETURN o.name AS consultancy, a.year AS year, collect(p.name) AS partners""").get(0);
		assertThat(study).containsEntry("consultancy", "GIE Passages").containsEntry("year", 2019L);
		assertThat(((List<?>) study.get("partners")).stream().map(Object::toString).toList())
			.containsExactly("Consultvox", "Epiceum", "Espelia");
	}

	@Test
	void plannedThemesForTheNextYear() {
		String query = "MATCH (:Group {id: 'agents'})-[:PLANNED {forYear: $year}]->(t:Theme) RETURN DISTINCT t.name AS name";
		assertThat(names(query, Map.of("year", 2025))).containsExactlyInAnyOrder("CCSPL", "Échelles interterritoriales",
				"Outils de diffusion d'une culture commune");
		assertThat(names(query, Map.of("year", 2026))).hasSize(4).contains("Gouvernance des PCAET");
	}

	@Test
	void theHeadingYearConflictIsRecordedWithItsEvidence() {
		List<Map<String, Object>> conflicts = rows(
				"MATCH (c:Conflict {type: 'year_conflict'}) RETURN c.description AS description, c.evidence AS evidence");
		assertThat(conflicts).isNotEmpty();
		assertThat(conflicts.get(0).get("description").toString()).contains("2025");
	}

	@Test
	void everyExtractedRelationshipCarriesItsSourceAndEvidence() {
		long missing = value("""
				MATCH ()-[r]->()
				WHERE NOT type(r) IN ['MENTIONED_IN', 'PART_OF_METROPOLIS']
				  AND (r.source IS NULL OR r.evidence IS NULL OR r.evidence = '')
				RETURN count(r)""");
		assertThat(missing).isZero();
		long unsourcedNodes = value("""
				MATCH (n) WHERE NOT n:Document AND NOT n:GraphState AND coalesce(n.reference, false) = false
				  AND NOT (n)-[:MENTIONED_IN]->(:Document)
				RETURN count(n)""");
		assertThat(unsourcedNodes).isZero();
	}

	@Test
	void reingestingUnchangedDocumentsChangesNothing() {
		long[] before = counts();
		IngestReport again = this.ingest.ingest(List.of(Path.of("data/documents")), (o) -> {
		});
		assertThat(again.count(DocumentOutcome.Status.UNCHANGED)).isEqualTo(3);
		assertThat(counts()).containsExactly(before);
	}

}
