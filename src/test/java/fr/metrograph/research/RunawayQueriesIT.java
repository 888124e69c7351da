package fr.metrograph.research;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fr.metrograph.testsupport.Fixtures;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries that escaped the timeout (issue #12) each end with a French 400 that says
 * why, on the fixture graph of the seeds. No timing is asserted beyond a generous bound
 * on "it ends"; the figures are measured by the {@code check-runaway} command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false", "app.cypher.timeout=5s", "app.cypher.grace=2s" })
class RunawayQueriesIT {

	private static final Duration ENDS_WITHIN = Duration.ofSeconds(90);

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
		Fixtures.load("seeds");
	}

	@Test
	void refusesTheReduceAndTheListComprehensionOverHugeRangesBeforeRunningThem() {
		for (String query : List.of("RETURN size(reduce(s = '', x IN range(1, 5000000) | s + 'x'))",
				"RETURN size([x IN range(1, 2000000000) WHERE x % 7 = 0])")) {
			Map<?, ?> problem = refusedQuickly(query);
			assertThat(problem.get("type")).isEqualTo("https://metrograph.fr/problemes/requete-refusee");
			assertThat(problem.get("motif")).isEqualTo("range");
			assertThat(problem.get("detail").toString()).contains("valeurs avec range(", "ne peut pas être interrompu");
		}
	}

	@Test
	void refusesTheDeeplyNestedAndTheVeryLongExpressionsBeforePlanningThem() {
		Map<?, ?> nested = refusedQuickly("RETURN " + "(".repeat(5000) + "1" + ")".repeat(5000));
		assertThat(nested.get("motif")).isEqualTo("length");
		Map<?, ?> deep = refusedQuickly("RETURN " + "(".repeat(1000) + "1" + ")".repeat(1000));
		assertThat(deep.get("motif")).isEqualTo("depth");
		assertThat(deep.get("detail").toString()).contains("imbrique trop d'expressions");
		Map<?, ?> sum = refusedQuickly("RETURN 1" + " + 1".repeat(250_000));
		assertThat(sum.get("motif")).isEqualTo("length");
		Map<?, ?> chain = refusedQuickly("RETURN 1" + " + 1".repeat(300));
		assertThat(chain.get("motif")).isEqualTo("depth");
	}

	@Test
	void answersAllShortestPathsOverAllPairsWithAFrench400ThatSaysWhy() {
		ResponseEntity<Map> response = timed(
				"MATCH (a),(b) WITH a, b MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p)", Map.of());
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("type").toString()).isIn("https://metrograph.fr/problemes/requete-echouee",
				"https://metrograph.fr/problemes/requete-trop-longue");
		assertThat(response.getBody().get("detail").toString()).matches("(?s).*(lui-même|délai).*");
	}

	@Test
	void answersAComputationNeo4jCannotInterruptAtTheTimeoutPlusTheGracePeriod() {
		// Bounds that are not literals pass the check before planning; Neo4j does not
		// interrupt reduce() at the timeout, the watchdog does answer. Two billion values
		// take far longer than the timeout plus its grace on any machine (400 million
		// finished within them on a quiet one).
		ResponseEntity<Map> response = timed("RETURN reduce(s = 0, x IN range(1, toInteger($n)) | s + x % 3) AS total",
				Map.of("n", "2000000000"));
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("type")).isEqualTo("https://metrograph.fr/problemes/requete-trop-longue");
		assertThat(response.getBody().get("detail").toString()).contains("délai de 5 secondes");
	}

	@Test
	void stopsAQueryThatNeedsMoreMemoryThanATransactionMayTake() {
		ResponseEntity<Map> response = timed("WITH 'xxxxxxxxxx' AS s WITH s + s + s + s + s + s + s + s + s + s AS s "
				+ "WITH s + s + s + s + s + s + s + s + s + s AS s WITH s + s + s + s + s + s + s + s + s + s AS s "
				+ "UNWIND range(1, 100000) AS x RETURN size(collect(s + x)) AS n", Map.of());
		assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
		assertThat(response.getBody().get("type").toString()).isIn("https://metrograph.fr/problemes/requete-echouee",
				"https://metrograph.fr/problemes/requete-trop-longue");
	}

	@Test
	void givesSyntaxErrorsInFrenchAtTheirPositionInTheResearchersText() {
		ResponseEntity<Map> response = timed("MATCH (m:Metropolis RETURN m", Map.of());
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("type")).isEqualTo("https://metrograph.fr/problemes/requete-invalide");
		assertThat(response.getBody().get("ligne")).isEqualTo(1);
		assertThat(response.getBody().get("colonne")).isEqualTo(21);
		assertThat(response.getBody().get("detail").toString())
			.startsWith("Erreur dans la requête (ligne 1, colonne 21) : entrée inattendue « RETURN »")
			.endsWith("MATCH (m:Metropolis RETURN m\n                    ^")
			.doesNotContain("EXPLAIN");
	}

	@Test
	void refusesShowUsersAndShowDatabasesForWhatTheyAre() {
		for (String query : List.of("SHOW USERS", "SHOW DATABASES")) {
			Map<?, ?> problem = refusedQuickly(query);
			assertThat(problem.get("motif")).isEqualTo("admin");
			assertThat(problem.get("detail").toString())
				.startsWith("« " + query + " » est une commande d'administration")
				.doesNotContain("schéma");
		}
	}

	@Test
	void answersAJsonBodyOverTheLimitWithAFrench413AndRunsNothing() {
		String huge = "RETURN 1 // " + "x".repeat(1_100_000);
		ResponseEntity<Map> response = this.http.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", huge))
			.retrieve()
			.toEntity(Map.class);
		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getBody().get("type"))
			.isEqualTo("https://metrograph.fr/problemes/requete-trop-volumineuse");
		assertThat(response.getBody().get("detail").toString()).contains("octets au plus sont acceptés");
	}

	private Map<?, ?> refusedQuickly(String query) {
		ResponseEntity<Map> response = timed(query, Map.of());
		assertThat(response.getStatusCode().value()).as(query.substring(0, Math.min(60, query.length())))
			.isEqualTo(400);
		return response.getBody();
	}

	@SuppressWarnings("rawtypes")
	private ResponseEntity<Map> timed(String query, Map<String, Object> params) {
		long start = System.nanoTime();
		ResponseEntity<Map> response = this.http.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query, "params", params))
			.retrieve()
			.toEntity(Map.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("it ends").isLessThan(ENDS_WITHIN);
		return response;
	}

}
