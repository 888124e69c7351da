package fr.metrograph.curation;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.ingest.IngestService;
import fr.metrograph.testsupport.GraphSnapshot;
import fr.metrograph.testsupport.Sandbox;
import fr.metrograph.testsupport.TestNeo4j;
import fr.metrograph.testsupport.TestSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections over JSON, end to end: recorded in the sandbox's curation folder with their
 * author, applied at once, undone, kept by a restart and by a re-ingest from scratch, and
 * safe when two coordinators act on the same item at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurationIT {

	static final Sandbox SANDBOX = new Sandbox("curation");

	static final String OCTOBER = "curation/reunion_agents_octobre_2023.txt";

	static final String DECEMBER = "curation/reunion_agents_decembre_2023.txt";

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
	void freshGraphAndFolder() {
		SANDBOX.reset(false, OCTOBER, DECEMBER);
		TestNeo4j.clear();
		this.ingest.ingestInputDirectory((o) -> {
		});
		this.claire = new TestSession(this.port);
		assertThat(this.claire.login("claire", Sandbox.PASSWORD)).isEqualTo(200);
	}

	@Test
	void aMergeAppliesAtOnceIsRecordedWithItsAuthorAndIsUndone() {
		assertThat(status("/api/people/julie-marchant")).isEqualTo(200);
		HttpResponse<String> merged = correct(this.claire, merge(null));
		assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
		Map<String, Object> answer = TestSession.map(merged);
		assertThat(answer).containsEntry("applied", true);
		Map<?, ?> person = get("/api/people/julie-marchand");
		assertThat((List<Object>) (List<?>) person.get("aliases")).contains("Julie Marchand", "Julie Marchant");
		assertThat(status("/api/people/julie-marchant")).isEqualTo(404);
		assertThat(SANDBOX.correctionFiles()).hasSize(1);
		Map<?, ?> entry = history().get(0);
		assertThat(entry.get("byName")).isEqualTo("Claire Martin");
		assertThat(entry.get("why")).isEqualTo("Même personne : faute de frappe.");
		assertThat(entry.get("action")).isEqualTo("merge-people");

		HttpResponse<String> undone = this.claire.postJson("/api/curation/corrections/" + entry.get("id") + "/undo",
				Map.of("why", "Finalement deux personnes."));
		assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
		assertThat(status("/api/people/julie-marchant")).isEqualTo(200);
		assertThat((List<Object>) (List<?>) get("/api/people/julie-marchand").get("aliases"))
			.doesNotContain("Julie Marchant");
		Map<?, ?> after = history().get(0);
		assertThat(after.get("undoneBy")).isEqualTo("Claire Martin");
		assertThat(SANDBOX.correctionFiles()).as("an undone correction stays in the folder").hasSize(1);
	}

	@Test
	void aRestartAndAFullReingestKeepEveryCorrection() {
		assertThat(correct(this.claire, merge(null)).statusCode()).isEqualTo(201);
		Map<String, Object> reject = new HashMap<>();
		reject.put("action", "reject-fact");
		reject.put("fact", "ATTENDED|thomas-nguyen|agents-meeting-2023-12-07|capacity=speaker");
		reject.put("why", "Il n'a pas présenté.");
		assertThat(correct(this.claire, reject).statusCode()).isEqualTo(201);
		Map<String, Object> year = new HashMap<>();
		year.put("action", "correct-value");
		year.put("fact", "Meeting|agents-meeting-2023-10-10");
		year.put("field", "date");
		year.put("value", "2023-10-11");
		assertThat(correct(this.claire, year).statusCode()).isEqualTo(201);
		Map<String, Object> rename = Map.of("action", "rename-person", "person", "thomas-nguyen", "name",
				"Thomas Nguyễn");
		assertThat(correct(this.claire, rename).statusCode()).isEqualTo(201);
		String live = GraphSnapshot.take();
		assertThat(live).contains("Thomas Nguyễn").doesNotContain("julie-marchant");
		assertThat(speakers("thomas-nguyen")).isZero();
		assertThat(meetingDate("agents-meeting-2023-10-10")).isEqualTo("2023-10-11");

		// A restart loads the input folder again (every fingerprint changed with the
		// curation).
		this.ingest.ingestInputDirectory((o) -> {
		});
		String restarted = GraphSnapshot.take();
		assertThat(GraphSnapshot.difference(live, restarted)).isEmpty();

		// A re-ingest from scratch gives the same graph.
		TestNeo4j.clear();
		this.ingest.ingestInputDirectory((o) -> {
		});
		assertThat(GraphSnapshot.difference(live, GraphSnapshot.take())).isEmpty();
		assertThat(history()).allSatisfy((e) -> assertThat(e.get("stale")).isEqualTo(false));
	}

	@Test
	void aCorrectionThatNoLongerMatchesIsShownAsStale() throws Exception {
		Map<String, Object> reject = new HashMap<>();
		reject.put("action", "reject-fact");
		reject.put("fact", "ATTENDED|thomas-nguyen|agents-meeting-2023-12-07|capacity=speaker");
		assertThat(correct(this.claire, reject).statusCode()).isEqualTo(201);
		assertThat(history().get(0).get("stale")).isEqualTo(false);
		// A new version of the document no longer says it.
		java.nio.file.Path december = SANDBOX.documents().resolve("reunion_agents_decembre_2023.txt");
		String text = java.nio.file.Files.readString(december)
			.replace("Thomas Nguyen présente les premiers résultats", "Les premiers résultats sont présentés");
		java.nio.file.Files.writeString(december, text);
		this.ingest.ingestInputDirectory((o) -> {
		});
		assertThat(history().get(0).get("stale")).isEqualTo(true);
	}

	@Test
	void twoCoordinatorsOnTheSameItemAtOnceLoseNeitherAction() throws Exception {
		TestSession bruno = new TestSession(this.port);
		assertThat(bruno.login("bruno", Sandbox.PASSWORD)).isEqualTo(200);
		Map<String, Object> alias = new HashMap<>(
				Map.of("action", "alias-person", "person", "julie-marchand", "spellings", List.of("J. Marchand")));
		alias.put("revision", 0);
		Map<String, Object> rename = new HashMap<>(
				Map.of("action", "rename-person", "person", "julie-marchand", "name", "Julie MARCHAND"));
		rename.put("revision", 0);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (Callable<HttpResponse<String>> call : List.<Callable<HttpResponse<String>>>of(() -> {
			start.await();
			return correct(this.claire, alias);
		}, () -> {
			start.await();
			return correct(bruno, rename);
		})) {
			answers.add(pool.submit(call));
		}
		start.countDown();
		List<Integer> statuses = List.of(answers.get(0).get().statusCode(), answers.get(1).get().statusCode());
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		int second = statuses.indexOf(409);
		HttpResponse<String> refused = answers.get(second).get();
		Map<String, Object> problem = TestSession.map(refused);
		assertThat(problem).containsEntry("type", "https://metrograph.fr/problemes/modifie-entre-temps")
			.containsEntry("revision", 1);
		String firstAuthor = (second == 0) ? "Bruno Petit" : "Claire Martin";
		assertThat(refused.body()).contains(firstAuthor);

		// The second coordinator saw the first's action, and does theirs again on top of
		// it.
		Map<String, Object> again = new HashMap<>((second == 0) ? alias : rename);
		again.put("revision", 1);
		HttpResponse<String> retried = correct((second == 0) ? this.claire : bruno, again);
		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
		Map<?, ?> person = get("/api/people/julie-marchand");
		assertThat(person.get("name")).isEqualTo("Julie MARCHAND");
		assertThat((List<Object>) (List<?>) person.get("aliases")).contains("J. Marchand");
		assertThat(history()).extracting((e) -> e.get("byName"))
			.containsExactlyInAnyOrder("Claire Martin", "Bruno Petit");
	}

	@Test
	void concurrentCorrectionsWithoutRevisionAreAllRecorded() throws Exception {
		TestSession bruno = new TestSession(this.port);
		bruno.login("bruno", Sandbox.PASSWORD);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Integer>> answers = new ArrayList<>();
		String[] people = { "sarah-benali", "antoine-girard", "ines-haddad", "romain-castel" };
		for (int i = 0; i < people.length; i++) {
			TestSession who = (i % 2 == 0) ? this.claire : bruno;
			Map<String, Object> alias = Map.of("action", "alias-person", "person", people[i], "spellings",
					List.of("Alias " + i));
			answers.add(pool.submit(() -> {
				start.await();
				return correct(who, alias).statusCode();
			}));
		}
		start.countDown();
		for (Future<Integer> answer : answers) {
			assertThat(answer.get()).isEqualTo(201);
		}
		pool.shutdown();
		assertThat(SANDBOX.correctionFiles()).hasSize(4);
		for (int i = 0; i < people.length; i++) {
			assertThat((List<Object>) (List<?>) get("/api/people/" + people[i]).get("aliases")).contains("Alias " + i);
		}
	}

	@Test
	void withoutLoginOrTokenEveryCorrectionIsRefusedAndChangesNothing() {
		String before = GraphSnapshot.take();
		HttpResponse<String> anonymous = correct(new TestSession(this.port), merge(null));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		TestSession noToken = new TestSession(this.port);
		noToken.login("claire", Sandbox.PASSWORD);
		assertThat(correct(noToken.withoutCsrf(), merge(null)).statusCode()).isEqualTo(403);
		assertThat(new TestSession(this.port).postJson("/api/curation/corrections/x/undo", Map.of()).statusCode())
			.isEqualTo(401);
		assertThat(SANDBOX.correctionFiles()).isEmpty();
		assertThat(GraphSnapshot.difference(before, GraphSnapshot.take())).isEmpty();
	}

	@Test
	void aBadCorrectionIsRefusedInFrenchAndRecordsNothing() {
		HttpResponse<String> unknown = correct(this.claire,
				Map.of("action", "merge-people", "person", "personne-inconnue", "others", List.of("julie-marchant")));
		assertThat(unknown.statusCode()).isEqualTo(404);
		HttpResponse<String> badYear = correct(this.claire, Map.of("action", "correct-value", "fact",
				"MEMBER_OF|brest|agents|year=2023", "field", "year", "value", "deux mille"));
		assertThat(badYear.statusCode()).isEqualTo(400);
		assertThat(TestSession.map(badYear)).containsEntry("type",
				"https://metrograph.fr/problemes/correction-invalide");
		assertThat((String) TestSession.map(badYear).get("detail")).contains("Année invalide");
		HttpResponse<String> badField = correct(this.claire, Map.of("action", "correct-value", "fact",
				"MEMBER_OF|brest|agents|year=2023", "field", "place", "value", "Brest"));
		assertThat(badField.statusCode()).isEqualTo(400);
		assertThat(SANDBOX.correctionFiles()).isEmpty();
	}

	private Map<String, Object> merge(Integer revision) {
		Map<String, Object> merge = new HashMap<>();
		merge.put("action", "merge-people");
		merge.put("person", "julie-marchand");
		merge.put("others", List.of("julie-marchant"));
		merge.put("why", "Même personne : faute de frappe.");
		merge.put("revision", revision);
		return merge;
	}

	private HttpResponse<String> correct(TestSession session, Map<String, Object> correction) {
		return session.postJson("/api/curation/corrections", correction);
	}

	private int status(String path) {
		return new TestSession(this.port).get(path).statusCode();
	}

	private Map<?, ?> get(String path) {
		HttpResponse<String> response = new TestSession(this.port).get(path);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return TestSession.map(response);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> history() {
		return (List<Map<String, Object>>) (List<?>) tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(new TestSession(this.port).get("/api/curation/history").body(), List.class);
	}

	private static long speakers(String person) {
		return TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally(
					"MATCH (:Person {id: $id})-[r:ATTENDED {capacity: 'speaker'}]->() RETURN count(r) AS n",
					Map.of("id", person), (result) -> (Long) result.next().get("n"));
	}

	private static String meetingDate(String meeting) {
		return TestNeo4j.get()
			.defaultDatabaseService()
			.executeTransactionally("MATCH (m:Meeting {id: $id}) RETURN toString(m.startDate) AS d",
					Map.of("id", meeting), (result) -> (String) result.next().get("d"));
	}

}
