package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.testsupport.TestNeo4j;

import static fr.metrograph.testsupport.GraphQueries.counts;
import static fr.metrograph.testsupport.GraphQueries.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changed, removed and bad documents: what was stored is never lost or duplicated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "app.ingest.on-startup=false", "app.ingest.max-file-size=64KB" })
class IngestLifecycleIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "password");
	}

	@Autowired
	IngestService ingest;

	@Autowired
	FailedFiles failedFiles;

	@TempDir
	Path dir;

	@BeforeEach
	void empty() {
		TestNeo4j.clear();
	}

	@Test
	void aChangedDocumentReplacesWhatItsPreviousVersionContributed() throws IOException {
		Path file = this.dir.resolve("compte_rendu.txt");
		Files.writeString(file, minutes("Rennes Métropole", "Mme Claire DUVAL"), StandardCharsets.UTF_8);
		ingest(file);
		assertThat((long) value("MATCH (p:Person {id: 'claire-duval'}) RETURN count(p)")).isEqualTo(1);
		long versionAfterFirstLoad = value("MATCH (s:GraphState {id: 'graph'}) RETURN s.version");
		Files.writeString(file, minutes("Nantes Métropole", "M. Paul GARNIER"), StandardCharsets.UTF_8);
		IngestReport report = ingest(file);
		assertThat((long) value("MATCH (s:GraphState {id: 'graph'}) RETURN s.version"))
			.isGreaterThan(versionAfterFirstLoad);
		assertThat(report.count(DocumentOutcome.Status.LOADED)).isEqualTo(1);
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isEqualTo(1);
		assertThat((long) value("MATCH (p:Person {id: 'claire-duval'}) RETURN count(p)")).isZero();
		assertThat((long) value("MATCH (p:Person {id: 'paul-garnier'}) RETURN count(p)")).isEqualTo(1);
	}

	@Test
	void aRemovedDocumentCanBeRetracted() throws IOException {
		// Reference metropolises and organisations are written by any run and stay.
		this.ingest.ingest(List.of(), (o) -> {
		});
		long[] referenceOnly = counts();
		Path file = this.dir.resolve("compte_rendu.txt");
		Files.writeString(file, minutes("Rennes Métropole", "Mme Claire DUVAL"), StandardCharsets.UTF_8);
		ingest(file);
		Files.delete(file);
		String stored = file.toAbsolutePath().toString();
		assertThat(this.ingest.retract(stored)).isEqualTo(1);
		assertThat(counts()).containsExactly(referenceOnly);
	}

	@Test
	void badInputIsReportedPerDocumentAndTheOthersLoad() throws IOException {
		Path good = this.dir.resolve("good.txt");
		Files.writeString(good, minutes("Rennes Métropole", "Mme Claire DUVAL"), StandardCharsets.UTF_8);
		ingest(good);
		long[] before = counts();
		Files.write(this.dir.resolve("empty.txt"), new byte[0]);
		byte[] junk = new byte[4096];
		new java.util.Random(7).nextBytes(junk);
		Files.write(this.dir.resolve("junk.txt"), junk);
		Files.write(this.dir.resolve("latin1.txt"), minutes("Grenoble Alpes Métropole", "Mme Élise FAURE")
			.getBytes(java.nio.charset.Charset.forName("ISO-8859-1")));
		Files.writeString(this.dir.resolve("big.txt"), "x".repeat(70 * 1024));
		Files.writeString(this.dir.resolve("nothing.txt"),
				"La participation citoyenne progresse partout, disent les observateurs.\n");
		Files.writeString(this.dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
		IngestReport report = this.ingest.ingest(List.of(this.dir), (o) -> {
		});
		assertThat(report.outcomes()).filteredOn((o) -> o.status() == DocumentOutcome.Status.FAILED)
			.extracting((o) -> Path.of(o.path()).getFileName().toString())
			.containsExactlyInAnyOrder("empty.txt", "junk.txt", "big.txt", "broken.pdf");
		assertThat(report.outcomes()).filteredOn((o) -> o.path().endsWith("latin1.txt"))
			.singleElement()
			.satisfies((o) -> {
				assertThat(o.status()).isEqualTo(DocumentOutcome.Status.LOADED);
				assertThat(o.warnings()).anyMatch((w) -> w.contains("Latin-1"));
			});
		assertThat(report.outcomes()).filteredOn((o) -> o.path().endsWith("nothing.txt"))
			.singleElement()
			.satisfies((o) -> assertThat(o.warnings()).anyMatch((w) -> w.contains("Aucune entité")));
		assertThat((long) value("MATCH (p:Person {id: 'elise-faure'}) RETURN count(p)")).isEqualTo(1);
		assertThat((long) value("MATCH (p:Person {id: 'claire-duval'}) RETURN count(p)")).isEqualTo(1);
		assertThat(counts()[0]).isGreaterThan(before[0]);
	}

	@Test
	void aFileThatNowFailsKeepsWhatItsPreviousVersionGaveAndIsListedUntilItLoadsAgain() throws IOException {
		Path file = this.dir.resolve("compte_rendu.txt");
		String good = minutes("Rennes Métropole", "Mme Claire DUVAL");
		Files.writeString(file, good, StandardCharsets.UTF_8);
		ingest(file);
		long[] stored = counts();
		byte[] junk = new byte[4096];
		new java.util.Random(11).nextBytes(junk);
		Files.write(file, junk);
		byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/corpus/programme_pdf_2025.pdf"));
		Path half = Files.write(this.dir.resolve("programme_coupe.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
		IngestReport report = this.ingest.ingest(List.of(this.dir), (o) -> {
		});
		assertThat(report.count(DocumentOutcome.Status.FAILED)).isEqualTo(2);
		assertThat(counts()).as("nothing already stored is lost").containsExactly(stored);
		assertThat((long) value("MATCH (p:Person {id: 'claire-duval'}) RETURN count(p)")).isEqualTo(1);
		assertThat(this.failedFiles.list()).extracting((f) -> Path.of(f.path()).getFileName().toString())
			.containsExactly("compte_rendu.txt", "programme_coupe.pdf");
		assertThat(this.failedFiles.list()).filteredOn((f) -> f.path().endsWith(".pdf"))
			.singleElement()
			.satisfies((f) -> assertThat(f.error()).startsWith("Le PDF est tronqué"));
		Files.writeString(file, good, StandardCharsets.UTF_8);
		Files.delete(half);
		ingest(file);
		assertThat(this.failedFiles.list()).isEmpty();
	}

	private IngestReport ingest(Path file) {
		return this.ingest.ingest(List.of(file), (o) -> {
		});
	}

	private static String minutes(String body, String person) {
		return """
				Compte rendu de la rencontre des élu·es des métropoles participatives

				Le 12 mars 2024, en visioconférence

				Présent·es

				%s

				%s

				Vice-présidente en charge de la participation citoyenne
				""".formatted(body, person);
	}

}
