package fr.metrograph.upload;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * "Ajouter des documents" over HTTP: a good file is stored, loaded in the background with
 * its progress and the command line's summary, and recorded in the history; every bad
 * file is refused in French with nothing stored and nothing loaded; an administrator
 * retracts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.ingest.max-file-size=4KB", "spring.servlet.multipart.max-file-size=8KB" })
class UploadIT {

	static final Sandbox SANDBOX = new Sandbox("upload");

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
	void sandboxWithOneDocument() {
		SANDBOX.reset(false, "curation/reunion_agents_octobre_2023.txt");
		TestNeo4j.clear();
		this.ingest.ingestInputDirectory((o) -> {
		});
		this.claire = new TestSession(this.port);
		assertThat(this.claire.login("claire", Sandbox.PASSWORD)).isEqualTo(200);
	}

	@Test
	void aDocumentIsStoredLoadedInTheBackgroundAndRecorded() throws Exception {
		byte[] december = Files.readAllBytes(Path.of("src/test/resources/curation/reunion_agents_decembre_2023.txt"));
		HttpResponse<String> accepted = this.claire.upload("/api/uploads", Map.of("reunion_decembre.txt", december));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = (String) ((Map<?, ?>) ((List<?>) TestSession.json(accepted)
			.asOptional()
			.map((n) -> tools.jackson.databind.json.JsonMapper.builder().build().convertValue(n, List.class))
			.orElseThrow()).get(0)).get("id");
		Map<String, Object> job = waitUntilDone(id);
		assertThat(job).containsEntry("etat", "chargé").containsEntry("par", "Claire Martin");
		assertThat((List<?>) job.get("lignes")).singleElement()
			.asString()
			.startsWith("CHARGÉ")
			.contains("compte rendu de réunion, 2023");
		assertThat((String) job.get("resume")).contains("1 chargé(s)");
		assertThat(SANDBOX.documentFiles()).contains("reunion_decembre.txt");
		assertThat(new TestSession(this.port).get("/api/people/julie-marchant").statusCode()).isEqualTo(200);
		assertThat(new TestSession(this.port).get("/api/curation/history").body()).contains("\"action\":\"upload\"",
				"reunion_decembre.txt", "Claire Martin");
	}

	@Test
	void everyBadFileIsRefusedInFrenchWithNothingStored() throws Exception {
		String before = GraphSnapshot.take();
		List<String> files = SANDBOX.documentFiles();
		byte[] october = Files.readAllBytes(SANDBOX.documents().resolve("reunion_agents_octobre_2023.txt"));
		expectRefused(Map.of("rapport.docx", "texte".getBytes(StandardCharsets.UTF_8)), 415, "type",
				".txt, .md, .pdf, .html et .csv");
		expectRefused(Map.of("faux.pdf", "pas un pdf".getBytes(StandardCharsets.UTF_8)), 415, "type", "%PDF-");
		expectRefused(Map.of("gros.txt", new byte[5 * 1024]), 413, "too_large", "limite de 4 Kio");
		expectRefused(Map.of("../evasion.txt", "texte".getBytes(StandardCharsets.UTF_8)), 400, "name", "");
		expectRefused(Map.of("..\\evasion.txt", "texte".getBytes(StandardCharsets.UTF_8)), 400, "name", "");
		expectRefused(Map.of(".cache.txt", "texte".getBytes(StandardCharsets.UTF_8)), 400, "name", "");
		expectRefused(Map.of("vide.txt", new byte[0]), 400, "empty", "vide");
		HttpResponse<String> duplicate = expectRefused(Map.of("copie.txt", october), 409, "duplicate", "déjà chargé");
		assertThat(TestSession.map(duplicate).get("doublonDe").toString()).contains("reunion_agents_octobre_2023.txt");
		expectRefused(Map.of("reunion_agents_octobre_2023.txt", "nouvelle version".getBytes(StandardCharsets.UTF_8)),
				409, "duplicate", "existe déjà");
		// One bad file refuses the whole request: the good one is not stored either.
		Map<String, byte[]> mixed = new LinkedHashMap<>();
		mixed.put("bon.txt", "Compte rendu de la réunion du 3 mars 2024.".getBytes(StandardCharsets.UTF_8));
		mixed.put("mauvais.exe", "MZ".getBytes(StandardCharsets.UTF_8));
		expectRefused(mixed, 415, "type", "mauvais.exe");
		// Over the multipart limit: refused before the service sees the file.
		HttpResponse<String> huge = this.claire.upload("/api/uploads", Map.of("enorme.txt", new byte[9 * 1024]));
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(TestSession.map(huge)).containsEntry("title", "Fichier refusé");

		assertThat(SANDBOX.documentFiles()).isEqualTo(files);
		assertThat(SANDBOX.correctionFiles()).isEmpty();
		assertThat(GraphSnapshot.difference(before, GraphSnapshot.take())).isEmpty();
	}

	@Test
	void withoutLoginNothingIsUploadedAndOnlyAnAdministratorRetracts() throws Exception {
		byte[] december = Files.readAllBytes(Path.of("src/test/resources/curation/reunion_agents_decembre_2023.txt"));
		assertThat(new TestSession(this.port).upload("/api/uploads", Map.of("d.txt", december)).statusCode())
			.isEqualTo(401);
		assertThat(SANDBOX.documentFiles()).doesNotContain("d.txt");
		String documentId = (String) ((Map<?, ?>) tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(new TestSession(this.port).get("/api/documents").body(), List.class)
			.get(0)).get("id");
		assertThat(this.claire.delete("/api/documents/" + documentId).statusCode()).isEqualTo(403);
		TestSession alex = new TestSession(this.port).basic("alex", Sandbox.PASSWORD);
		HttpResponse<String> retracted = alex.delete("/api/documents/" + documentId);
		assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(200);
		assertThat(TestSession.map(retracted)).containsEntry("documentsRetires", 1);
		assertThat(new TestSession(this.port).get("/api/documents").body()).isEqualTo("[]");
		assertThat(SANDBOX.documentFiles()).doesNotContain("reunion_agents_octobre_2023.txt");
		assertThat(Files.list(SANDBOX.retracted()).toList()).hasSize(1);
	}

	private HttpResponse<String> expectRefused(Map<String, byte[]> files, int status, String reason, String detail) {
		HttpResponse<String> response = this.claire.upload("/api/uploads", files);
		assertThat(response.statusCode()).as(files.keySet() + " " + response.body()).isEqualTo(status);
		Map<String, Object> problem = TestSession.map(response);
		assertThat(problem).containsEntry("type", "https://metrograph.fr/problemes/fichier-refuse")
			.containsEntry("motif", reason);
		assertThat((String) problem.get("detail")).contains("refusé").contains(detail);
		return response;
	}

	private Map<String, Object> waitUntilDone(String id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			Map<String, Object> job = TestSession.map(new TestSession(this.port).get("/api/uploads/" + id));
			if (Boolean.TRUE.equals(job.get("termine"))) {
				return job;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("upload " + id + " not loaded after 120 s");
	}

}
