package fr.metrograph.trends;

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
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;
import fr.metrograph.trends.MembershipTrends.Member;
import fr.metrograph.trends.MembershipTrends.MembershipYear;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participation trends computed from the seed documents, through the service and the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class TrendsIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@Autowired
	TrendsService trends;

	@LocalServerPort
	int port;

	@BeforeAll
	static void seeds(@Autowired IngestService ingest) {
		TestNeo4j.clear();
		ingest.ingest(List.of(Path.of("data/documents")), (o) -> {
		});
	}

	@Test
	void brestLeftIn2025() {
		List<MembershipYear> years = this.trends.membership("agents");
		assertThat(years).extracting(MembershipYear::year).containsExactly(2024, 2025);
		MembershipYear y2025 = years.get(1);
		assertThat(y2025.left()).extracting(Member::name).containsExactly("Brest");
		assertThat(y2025.joined()).isEmpty();
		assertThat(y2025.retention()).isEqualTo(14.0 / 15);
	}

	@Test
	void agentsMeetingsOf2024WereThreeInPersonAndThreeRemote() {
		var y2024 = this.trends.meetings("agents").stream().filter((y) -> y.year() == 2024).findFirst().orElseThrow();
		assertThat(y2024.inPerson()).isEqualTo(3);
		assertThat(y2024.remote()).isEqualTo(3);
		assertThat(y2024.total()).isEqualTo(6);
	}

	@Test
	void thePlannedCommonCultureThemeIsMatchedToTheInternalCultureOneOf2025() {
		var outcome = this.trends.plannedVersusRealised(PlannedVersusRealised.DEFAULT_THRESHOLD)
			.stream()
			.filter((o) -> o.planned().theme().contains("culture commune"))
			.findFirst()
			.orElseThrow();
		assertThat(outcome.planned().forYear()).isEqualTo(2025);
		assertThat(outcome.match().theme()).isEqualTo("Outils de diffusion d'une culture interne");
		assertThat(outcome.realised()).isTrue();
		assertThat(outcome.planned().evidence()).isNotBlank();
	}

	@Test
	void twoYearsAreNotATrend() {
		TrendLine members = this.trends.lines("agents")
			.stream()
			.filter((l) -> l.series().equals("membres"))
			.findFirst()
			.orElseThrow();
		assertThat(members.sufficient()).isFalse();
		assertThat(members.points()).isEqualTo(2);
	}

	@Test
	void themesKnowWhoPresentedThem() {
		var ccspl = this.trends.themes().stream().filter((t) -> t.name().equals("CCSPL")).findFirst().orElseThrow();
		assertThat(ccspl.presenters()).containsExactlyInAnyOrder("Plaine Commune", "Grenoble-Alpes");
		assertThat(ccspl.firstYear()).isEqualTo(2025);
	}

	@Test
	void aYearDocumentedOnlyByAProjectSheetShowsTheProjectsThemes() {
		var panel = this.trends.themes()
			.stream()
			.filter((t) -> t.name().equals("Panel citoyen"))
			.findFirst()
			.orElseThrow();
		assertThat(panel.years()).singleElement().satisfies((y) -> {
			assertThat(y.year()).isEqualTo(2019);
			assertThat(y.projects()).isEqualTo(1);
			assertThat(y.sessions()).isZero();
		});
		assertThat(panel.sessions()).isZero();
		assertThat(panel.sources()).isNotEmpty();
	}

	@Test
	void aMetropolisTimelineAndFrenchProblemsOverHttp() {
		RestClient http = TestHttp.client(this.port);
		List<?> timeline = http.get().uri("/api/metropolises/bordeaux/timeline").retrieve().body(List.class);
		assertThat(timeline).hasSizeGreaterThanOrEqualTo(2);
		var unknown = http.get().uri("/api/metropolises/atlantis/timeline").retrieve().toEntity(Map.class);
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		var badGroup = http.get().uri("/api/trends/membership?group=tous").retrieve().toEntity(Map.class);
		assertThat(badGroup.getStatusCode().value()).isEqualTo(400);
		assertThat(badGroup.getBody().get("detail").toString()).contains("agents");
		List<?> membership = http.get().uri("/api/trends/membership").retrieve().body(List.class);
		assertThat(membership).hasSize(2);
	}

}
