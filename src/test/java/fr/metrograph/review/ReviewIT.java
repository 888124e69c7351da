package fr.metrograph.review;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.ingest.IngestService;
import fr.metrograph.testsupport.Sandbox;
import fr.metrograph.testsupport.TestNeo4j;
import fr.metrograph.testsupport.TestSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue on the seeds and two meeting reports: conflicts, uncertain facts,
 * unresolved mentions and people who could be the same, each with its passage and
 * actions; acting on an item through its own action takes it out of the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewIT {

	static final Sandbox SANDBOX = new Sandbox("review");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		SANDBOX.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	TestSession claire;

	@BeforeEach
	void seedsAndTwoReports() {
		SANDBOX.reset(true, "curation/reunion_agents_octobre_2023.txt", "curation/reunion_agents_decembre_2023.txt");
		TestNeo4j.clear();
		this.ingest.ingestInputDirectory((o) -> {
		});
		this.claire = new TestSession(this.port);
		assertThat(this.claire.login("claire", Sandbox.PASSWORD)).isEqualTo(200);
	}

	@Test
	void peopleWhoCouldBeTheSameComeWithEvidenceAndLeaveTheQueueOnceMerged() {
		List<Map<String, Object>> pairs = queue("?kind=candidate-pair");
		Map<String, Object> pair = pairs.stream()
			.filter((i) -> ((String) i.get("title")).contains("Julie Marchand"))
			.findFirst()
			.orElseThrow();
		assertThat(pair.get("title").toString()).contains("Julie Marchant");
		assertThat((List<Object>) list(pair, "details"))
			.anySatisfy((d) -> assertThat(d.toString()).startsWith("Pour : Noms très proches"))
			.anySatisfy((d) -> assertThat(d.toString()).startsWith("Contre : Affiliations différentes"));
		assertThat(pair.get("evidence")).isNotNull();
		assertThat(pair.get("lines")).isNotNull();
		Map<String, Object> merge = action(pair, "merge-people");
		HttpResponse<String> done = act(pair, merge);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
		assertThat(queue("?kind=candidate-pair"))
			.noneSatisfy((i) -> assertThat(i.get("title").toString()).contains("Julie Marchan"));
		// Acting again on the same item with the revision seen before is refused: someone
		// acted.
		HttpResponse<String> again = act(pair, action(pair, "keep-apart"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("Claire Martin");
	}

	@Test
	void conflictsOfTheSeedsComeWithTheirDecisionAndCanBeConfirmed() {
		List<Map<String, Object>> conflicts = queue("?kind=conflict");
		assertThat(conflicts).isNotEmpty().allSatisfy((i) -> {
			assertThat(i.get("path")).isNotNull();
			assertThat((List<Object>) list(i, "details"))
				.anySatisfy((d) -> assertThat(d.toString()).startsWith("Décision"));
		});
		Map<String, Object> first = conflicts.get(0);
		HttpResponse<String> confirmed = act(first, action(first, "accept-conflict"));
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
		assertThat(queue("?kind=conflict")).hasSize(conflicts.size() - 1);
		assertThat(queue("?kind=conflict&handled=true")).hasSize(conflicts.size());
		long reviewed = TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MATCH (c:Conflict) WHERE c.reviewedBy = 'Claire Martin' RETURN count(c) AS n",
					Map.of(), (r) -> (Long) r.next().get("n"));
		assertThat(reviewed).isPositive();
	}

	@Test
	void uncertainFactsAreAcceptedOrRejected() {
		String december = documentId("reunion_agents_decembre_2023.txt");
		List<Map<String, Object>> facts = queue("?kind=low-confidence&threshold=0.999&document=" + december);
		assertThat(facts).isNotEmpty().allSatisfy((i) -> assertThat(i.get("documentId")).isEqualTo(december));
		Map<String, Object> attendance = facts.stream()
			.filter((i) -> action(i, "accept-fact").get("fact").toString().startsWith("ATTENDED|romain-castel"))
			.findFirst()
			.orElseThrow();
		assertThat(act(attendance, action(attendance, "accept-fact")).statusCode()).isEqualTo(201);
		Map<String, Object> participation = facts.stream()
			.filter((i) -> action(i, "reject-fact").get("fact").toString().startsWith("PARTICIPATED_IN|toulouse"))
			.findFirst()
			.orElseThrow();
		assertThat(act(participation, action(participation, "reject-fact")).statusCode()).isEqualTo(201);
		Map<String, Object> accepted = TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally(
					"MATCH (:Person {id: 'romain-castel'})-[r:ATTENDED]->() RETURN r.confidence AS c, r.reviewedBy AS by",
					Map.of(), (r) -> r.next());
		assertThat(accepted).containsEntry("c", 1.0).containsEntry("by", "Claire Martin");
		long participations = TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MATCH (:Metropolis {id: 'toulouse'})-[r:PARTICIPATED_IN]->() RETURN count(r) AS n",
					Map.of(), (r) -> (Long) r.next().get("n"));
		assertThat(participations).isZero();
		List<Map<String, Object>> after = queue("?kind=low-confidence&threshold=0.999&document=" + december);
		assertThat(after).hasSize(facts.size() - 2);
	}

	@Test
	void anUnresolvedMentionComesWithItsCandidates() {
		String october = documentId("reunion_agents_octobre_2023.txt");
		TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MATCH (d:Document {id: $doc}) CREATE (u:UnresolvedMention {id: 'u-metropole', "
					+ "text: 'la Métropole', kind: 'metropolis', candidates: ['rennes', 'nantes'], "
					+ "reason: 'Plusieurs métropoles possibles.'})-[:MENTIONED_IN {evidence: 'la Métropole a présenté', "
					+ "lines: '9', extractor: 'prose-name', confidence: 0.4}]->(d)", Map.of("doc", october));
		Map<String, Object> item = queue("?kind=unresolved").get(0);
		assertThat(item.get("title").toString()).contains("la Métropole").contains("quelle métropole");
		Map<?, ?> attach = ReviewIT.<Map<?, ?>>list(item, "actions").get(0);
		assertThat(attach.get("action")).isEqualTo("attach-mention");
		assertThat(attach.toString()).contains("Rennes Métropole", "Nantes Métropole");
	}

	@Test
	void anUnknownKindIsAFrenchBadRequest() {
		HttpResponse<String> response = new TestSession(this.port).get("/api/review?kind=tout");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Genre inconnu");
	}

	private HttpResponse<String> act(Map<String, Object> item, Map<String, Object> fields) {
		Map<String, Object> correction = new HashMap<>(fields);
		correction.put("revision", item.get("revision"));
		correction.put("items", item.get("items"));
		return this.claire.postJson("/api/curation/corrections", correction);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> action(Map<String, Object> item, String code) {
		Map<String, Object> action = ((List<Map<String, Object>>) item.get("actions")).stream()
			.filter((a) -> code.equals(a.get("action")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no action " + code + " in " + item));
		Map<String, Object> fields = new HashMap<>((Map<String, Object>) action.get("fields"));
		fields.put("action", code);
		return fields;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<String, Object> item, String key) {
		return (List<T>) item.get(key);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> queue(String query) {
		HttpResponse<String> response = new TestSession(this.port).get("/api/review" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readValue(response.body(), List.class);
	}

	@SuppressWarnings("unchecked")
	private String documentId(String fileName) {
		List<Map<String, Object>> documents = JSON.readValue(new TestSession(this.port).get("/api/documents").body(),
				List.class);
		return (String) documents.stream()
			.filter((d) -> d.get("path").toString().endsWith(fileName))
			.findFirst()
			.orElseThrow()
			.get("id");
	}

}
