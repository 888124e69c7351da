package fr.metrograph.copresence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
import static org.assertj.core.api.Assertions.within;

/**
 * The co-presence API and exports on the hand-written fixture graph
 * ({@code fixtures/copresence_seeds.cypher}, mirroring {@code expected.yml}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class CopresenceIT {

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
	}

	@Test
	void bordeauxHasTheMostPartnersInThePresenterNetworkOf2024And2025() {
		Map<String, Object> network = get("/api/copresence/metropolises?via=presenters&from=2024&to=2025");
		Map<String, Map<String, Object>> nodes = byId(network);
		assertThat(nodes).hasSize(9);
		assertThat(nodes.get("bordeaux").get("degree")).isEqualTo(5);
		assertThat(nodes.values()).allSatisfy((node) -> assertThat((int) node.get("degree")).isLessThanOrEqualTo(5));
		assertThat(nodes.values().stream().filter((node) -> (int) node.get("degree") == 5)).hasSize(1);
		assertThat(nodes.get("bordeaux").get("name")).isEqualTo("Bordeaux");
		// Bordeaux is on every path between the 2025 pair with Clermont and the rest.
		assertThat((double) nodes.get("bordeaux").get("betweenness"))
			.isGreaterThan((double) nodes.get("lille").get("betweenness"));
		// Strasbourg presented alone: a node without edges.
		assertThat(nodes.get("strasbourg").get("degree")).isEqualTo(0);
	}

	@Test
	void presentPeopleOfThe2022MeetingFormOneCliqueOf19() {
		Map<String, Object> network = get("/api/copresence/people?from=2022&to=2022");
		assertThat(byId(network)).hasSize(19).doesNotContainKeys("martine-michel", "johanna-rolland");
		List<Map<String, Object>> edges = list(network, "edges");
		assertThat(edges).hasSize(171);
		assertThat(edges).allSatisfy((edge) -> assertThat((double) edge.get("weight")).isGreaterThanOrEqualTo(1.0));
		assertThat((double) network.get("density")).isCloseTo(1.0, within(1e-12));
		assertThat(network.get("components")).isEqualTo(1);
		assertThat(byId(network).values()).allSatisfy((node) -> {
			assertThat(node.get("degree")).isEqualTo(18);
			assertThat((double) node.get("eigenvector")).isCloseTo(1.0, within(1e-9));
			assertThat((double) node.get("betweenness")).isZero();
		});
	}

	@Test
	void statusAllAddsTheExcusedAndNewmanWeighsByMeetingSize() {
		Map<String, Object> all = get("/api/copresence/people?from=2022&to=2022&status=all");
		assertThat(byId(all)).hasSize(22);
		assertThat(list(all, "edges")).hasSize(231);
		Map<String, Object> newman = get("/api/copresence/people?from=2022&to=2022&weighting=newman");
		assertThat(list(newman, "edges"))
			.allSatisfy((edge) -> assertThat((double) edge.get("weight")).isCloseTo(1.0 / 18, within(1e-12)));
		Map<String, Object> heavy = get("/api/copresence/people?from=2022&to=2022&minWeight=2");
		assertThat(list(heavy, "edges")).isEmpty();
		assertThat(byId(heavy)).hasSize(19);
	}

	@Test
	void metropolisesMeetThroughTheirPeopleByAffiliationOrRole() {
		Map<String, Object> people = get("/api/copresence/metropolises?via=people&from=2022&to=2022");
		assertThat(byId(people)).containsOnlyKeys("nantes", "rennes", "bordeaux", "strasbourg", "grand-nancy");
		assertThat(list(people, "edges")).hasSize(10);
		Map<String, Object> all = get("/api/copresence/metropolises?from=2022&to=2022&status=all");
		assertThat(byId(all)).containsKeys("metz", "lyon", "toulouse").hasSize(8);
		Map<String, Object> both = get("/api/copresence/metropolises?via=both");
		assertThat(byId(both)).containsKeys("nantes", "rennes", "bordeaux", "lille", "clermont-auvergne");
		// Bordeaux and Nantes: the 2022 meeting (people); Nantes and Rouen: a 2025
		// session (presenters).
		assertThat(weight(both, "bordeaux", "nantes")).isEqualTo(1.0);
		assertThat(weight(both, "nantes", "rouen-normandie")).isEqualTo(1.0);
		Map<String, Object> kind = get("/api/copresence/metropolises?via=both&kind=experience_sharing");
		assertThat(byId(kind)).doesNotContainKeys("rennes", "grand-nancy");
	}

	@Test
	void pagesNodesByTheChosenMetricAndGivesEachEdgeOnceWithThePageThatShowsBothEnds() {
		java.util.Set<String> nodes = new java.util.HashSet<>();
		java.util.Set<String> edges = new java.util.HashSet<>();
		String cursor = null;
		int pages = 0;
		double previous = Double.MAX_VALUE;
		do {
			Map<String, Object> page = get("/api/copresence/people?status=all&sort=degree&limit=5&edgeLimit=1000"
					+ ((cursor != null) ? "&cursor=" + cursor : ""));
			assertThat(page.get("totalNodes")).isEqualTo(22);
			for (Map<String, Object> node : list(page, "nodes")) {
				assertThat(((Number) node.get("degree")).doubleValue()).isLessThanOrEqualTo(previous);
				previous = ((Number) node.get("degree")).doubleValue();
				assertThat(nodes.add((String) node.get("id"))).isTrue();
			}
			for (Map<String, Object> edge : list(page, "edges")) {
				assertThat(nodes).contains((String) edge.get("source"), (String) edge.get("target"));
				assertThat(edges.add(edge.get("source") + "|" + edge.get("target"))).isTrue();
			}
			cursor = (String) page.get("nextCursor");
			pages++;
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(5);
		assertThat(nodes).hasSize(22);
		assertThat(edges).hasSize(231);
	}

	@Test
	void pagesEveryEdgeStrongestFirst() {
		List<Double> weights = new java.util.ArrayList<>();
		java.util.Set<String> edges = new java.util.HashSet<>();
		String cursor = null;
		long total;
		do {
			Map<String, Object> page = get("/api/copresence/metropolises/edges?via=both&limit=4"
					+ ((cursor != null) ? "&cursor=" + cursor : ""));
			total = ((Number) page.get("totalEdges")).longValue();
			for (Map<String, Object> edge : list(page, "edges")) {
				weights.add((Double) edge.get("weight"));
				assertThat(edges.add(edge.get("source") + "|" + edge.get("target"))).isTrue();
			}
			cursor = (String) page.get("nextCursor");
		}
		while (cursor != null);
		assertThat(edges).hasSize((int) total).hasSizeGreaterThan(4);
		assertThat(weights).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void givesOnlyTheMetricsAskedForAndRefusesACursorOfAnOlderGraph() {
		Map<String, Object> light = get("/api/copresence/people?from=2022&to=2022&metrics=degree&limit=3");
		assertThat(list(light, "nodes")).hasSize(3)
			.allSatisfy(
					(node) -> assertThat(node).containsKey("degree").doesNotContainKeys("betweenness", "community"));
		assertThat(light).doesNotContainKey("modularity").containsEntry("metrics", List.of("degree", "weightedDegree"));
		TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MATCH (s:GraphState) SET s.version = s.version + 1");
		ResponseEntity<Map> stale = this.http.get()
			.uri("/api/copresence/people?from=2022&to=2022&metrics=degree&limit=3&cursor=" + light.get("nextCursor"))
			.retrieve()
			.toEntity(Map.class);
		assertThat(stale.getStatusCode().value()).isEqualTo(400);
		assertThat(stale.getBody().get("detail").toString()).contains("Le graphe a changé");
	}

	@Test
	void answersFromItsCacheUntilAWriteMovesTheGraphVersion() {
		assertThat(byId(get("/api/copresence/people?from=2022&to=2022"))).hasSize(19).containsKey("celine-papin");
		var database = TestNeo4j.get().defaultDatabaseService();
		// Past the service, without a new version: the cached network still answers.
		database.executeTransactionally("MATCH (:Person {id: 'celine-papin'})-[a:ATTENDED]->() DELETE a");
		assertThat(byId(get("/api/copresence/people?from=2022&to=2022"))).hasSize(19).containsKey("celine-papin");
		// Every write of the service bumps the version in its transaction (GraphVersion).
		database.executeTransactionally("MATCH (s:GraphState {id: 'graph'}) SET s.version = s.version + 1");
		Map<String, Object> after = get("/api/copresence/people?from=2022&to=2022");
		assertThat(byId(after)).hasSize(18).doesNotContainKey("celine-papin");
		assertThat(list(after, "edges")).hasSize(153);
	}

	@Test
	void answersBadParametersWithFrenchProblemDetails() {
		assertProblem("/api/copresence/people?from=2025&to=2022", "from", "postérieure");
		assertProblem("/api/copresence/organisations", "network", "Réseau inconnu");
		assertProblem("/api/copresence/people?minWeight=-1", "minWeight", "positif ou nul");
		assertProblem("/api/copresence/metropolises?via=courrier", "via", "valeurs possibles people, presenters, both");
		assertProblem("/api/copresence/people?weighting=jaccard", "weighting", "count, newman");
		assertProblem("/api/copresence/people?status=absent", "status", "present, all");
		assertProblem("/api/export/pdf?network=people", "format", "graphml, gexf, csv");
		assertProblem("/api/export/gexf?network=communes", "network", "Réseau inconnu");
		assertProblem("/api/copresence/people?metrics=pagerank", "metrics", "Mesure inconnue");
		assertProblem("/api/copresence/people?sort=community", "sort", "communauté");
		assertProblem("/api/copresence/people?limit=0", "limit", "entre 1 et 10000");
		assertProblem("/api/copresence/people?cursor=xyz", "cursor", "Curseur illisible");
		ResponseEntity<Map> badYear = this.http.get()
			.uri("/api/copresence/people?from=abc")
			.retrieve()
			.toEntity(Map.class);
		assertThat(badYear.getStatusCode().value()).isEqualTo(400);
		assertThat(badYear.getBody().get("title")).isEqualTo("Paramètre invalide");
	}

	@Test
	void exportsWellFormedGexfWithYearlySpellsAndSources() throws Exception {
		Document gexf = xml("/api/export/gexf?network=metropolises&via=presenters&from=2024&to=2025");
		Element root = gexf.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
		assertThat(root.getAttribute("version")).isEqualTo("1.3");
		Map<String, Element> nodes = elementsById(gexf, "http://gexf.net/1.3", "node");
		assertThat(nodes).hasSize(9).containsKeys("bordeaux", "clermont-auvergne", "strasbourg");
		assertThat(nodes.get("bordeaux").getAttribute("label")).isEqualTo("Bordeaux");
		assertThat(spells(nodes.get("bordeaux"))).containsExactly("2024", "2025");
		assertThat(spells(nodes.get("strasbourg"))).containsExactly("2024");
		assertThat(gexf.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength()).isEqualTo(9);
		String text = new String(bytes("/api/export/gexf?network=metropolises&via=presenters&from=2024&to=2025"),
				StandardCharsets.UTF_8);
		assertThat(text).contains("doc-agents-2024;doc-agents-2025").contains("mode=\"dynamic\"");
	}

	@Test
	void exportsGraphmlAndACsvZipOfTheCliqueWithTheirSources() throws Exception {
		Document graphml = xml("/api/export/graphml?network=people&from=2022&to=2022");
		assertThat(graphml.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
		assertThat(elementsById(graphml, "http://graphml.graphdrawing.org/xmlns", "node")).hasSize(19)
			.containsKeys("christelle-scuotto-calvez", "yohan-le-cocq");
		assertThat(graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength())
			.isEqualTo(171);
		Map<String, String> zip = unzip(bytes("/api/export/csv?network=people&from=2022&to=2022"));
		assertThat(zip).containsOnlyKeys("nodes.csv", "edges.csv");
		List<String> nodeLines = zip.get("nodes.csv").lines().toList();
		assertThat(nodeLines.get(0))
			.isEqualTo("id,name,degree,weightedDegree,betweenness,eigenvector,community,years,sources");
		assertThat(nodeLines).hasSize(20)
			.anySatisfy((line) -> assertThat(line).startsWith("celine-papin,Céline Papin,18,")
				.endsWith(",2022,doc-elus-2022"));
		assertThat(zip.get("edges.csv").lines()).hasSize(172).element(1).asString().endsWith(",2022,doc-elus-2022");
	}

	private void assertProblem(String uri, String parameter, String detail) {
		ResponseEntity<Map> response = this.http.get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).as(uri).isEqualTo(400);
		assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
		assertThat(response.getBody().get("title")).isEqualTo("Paramètre invalide");
		assertThat(response.getBody().get("parametre")).isEqualTo(parameter);
		assertThat(response.getBody().get("detail").toString()).as(uri).contains(detail);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String uri) {
		ResponseEntity<Map> response = this.http.get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).as(uri + " " + response.getBody()).isEqualTo(200);
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

	private static double weight(Map<String, Object> network, String a, String b) {
		return list(network, "edges").stream()
			.filter((e) -> (e.get("source").equals(a) && e.get("target").equals(b))
					|| (e.get("source").equals(b) && e.get("target").equals(a)))
			.mapToDouble((e) -> (double) e.get("weight"))
			.findFirst()
			.orElse(0.0);
	}

	private byte[] bytes(String uri) {
		ResponseEntity<byte[]> response = this.http.get().uri(uri).retrieve().toEntity(byte[].class);
		assertThat(response.getStatusCode().value()).as(uri).isEqualTo(200);
		return response.getBody();
	}

	private Document xml(String uri) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		// Parsing fails on anything not well-formed.
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(uri)));
	}

	private static Map<String, Element> elementsById(Document document, String namespace, String tag) {
		Map<String, Element> elements = new HashMap<>();
		NodeList list = document.getElementsByTagNameNS(namespace, tag);
		for (int i = 0; i < list.getLength(); i++) {
			Element element = (Element) list.item(i);
			elements.put(element.getAttribute("id"), element);
		}
		return elements;
	}

	private static List<String> spells(Element node) {
		NodeList spells = node.getElementsByTagNameNS("http://gexf.net/1.3", "spell");
		return java.util.stream.IntStream.range(0, spells.getLength())
			.mapToObj((i) -> ((Element) spells.item(i)).getAttribute("start"))
			.toList();
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
