package fr.metrograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.metrograph.MetrographApplication;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static fr.metrograph.testsupport.GraphQueries.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a user runs it: exit statuses and per-document lines, against the
 * test database's Bolt and against a running service's.
 */
class MetrographCliIT {

	@TempDir
	Path dir;

	@BeforeEach
	void empty() {
		TestNeo4j.clear();
	}

	@Test
	void usageErrorsExitWithTwoWithoutStartingAnything() {
		assertThat(MetrographCli.run(MetrographApplication.class, "ingest")).isEqualTo(2);
		assertThat(MetrographCli.run(MetrographApplication.class, "frobnicate")).isEqualTo(2);
		assertThat(MetrographCli.run(MetrographApplication.class, "ingest", "--help")).isZero();
	}

	@Test
	void ingestExitsWithZeroWhenEverythingLoaded() {
		String out = capture(() -> assertThat(MetrographCli.run(MetrographApplication.class, "--uri",
				TestNeo4j.boltUri(), "ingest", "--no-progress", "data/documents"))
			.isZero());
		assertThat(out).contains("CHARGÉ").contains("000_97783004e60a4501.txt #2").contains("résumé annuel, 2024");
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isEqualTo(4);
	}

	@Test
	void uriWorksAfterTheCommandNameToo() {
		String out = capture(() -> assertThat(MetrographCli.run(MetrographApplication.class, "ingest", "--no-progress",
				"--uri", TestNeo4j.boltUri(), "data/documents"))
			.isZero());
		assertThat(out).contains("CHARGÉ");
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isEqualTo(4);
		String retracted = capture(() -> assertThat(MetrographCli.run(MetrographApplication.class, "retract",
				"data/documents/003_22e73bb64a1d6f39.txt", "--uri", TestNeo4j.boltUri()))
			.isZero());
		assertThat(retracted).contains("1 document(s) retiré(s)");
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isEqualTo(3);
	}

	@Test
	void ingestExitsWithOneWhenADocumentFailedAndLoadsTheOthers() throws IOException {
		Files.write(this.dir.resolve("empty.txt"), new byte[0]);
		Files.copy(Path.of("data/documents/003_22e73bb64a1d6f39.txt"), this.dir.resolve("fiche.txt"));
		String out = capture(() -> assertThat(MetrographCli.run(MetrographApplication.class, "--uri",
				TestNeo4j.boltUri(), "ingest", "--no-progress", this.dir.toString()))
			.isEqualTo(1));
		assertThat(out).contains("ÉCHEC").contains("Le fichier est vide.").contains("fiche projet");
		assertThat((long) value("MATCH (d:Document) RETURN count(d)")).isEqualTo(1);
	}

	/**
	 * The acceptance case: the service runs (web server, embedded Neo4j, its Bolt
	 * connector), and the command line goes through that Bolt connector, at the address
	 * the service wrote next to its store, without stopping it; what it loads, the
	 * service serves at once. The reference lists come from wherever the command runs.
	 */
	@Test
	void ingestAndReportGoThroughTheBoltConnectorOfARunningService() throws IOException {
		Path store = this.dir.resolve("neo4j");
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(MetrographApplication.class).run(
				"--server.port=0", "--app.neo4j.embedded.directory=" + store, "--app.neo4j.embedded.bolt-port=0",
				"--app.ingest.on-startup=false", "--spring.main.banner-mode=off")) {
			String uri = Files.readString(store.resolve(ServiceBoltAddress.FILE), StandardCharsets.UTF_8).strip();
			assertThat(uri).matches("bolt://127\\.0\\.0\\.1:\\d+");
			String out = capture(() -> assertThat(MetrographCli.run(MetrographApplication.class, "ingest",
					"--no-progress", "--uri", uri, "data/documents/003_22e73bb64a1d6f39.txt"))
				.isZero());
			assertThat(out).contains("CHARGÉ", "fiche projet");
			int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(TestHttp.client(port).get().uri("/api/documents").retrieve().body(String.class))
				.contains("data/documents/003_22e73bb64a1d6f39.txt");
			Path report = this.dir.resolve("rapport-2019.pdf");
			assertThat(MetrographCli.run(MetrographApplication.class, "--uri", uri, "report", "--year", "2019", "--out",
					report.toString()))
				.isZero();
			assertThat(Files.readAllBytes(report)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
			String refused = captureErr(() -> assertThat(MetrographCli.run(MetrographApplication.class, "ingest",
					"--no-progress", "--uri", uri, "--reference", this.dir.resolve("nulle-part").toString(),
					"data/documents/003_22e73bb64a1d6f39.txt"))
				.isEqualTo(1));
			assertThat(refused).contains("Erreur : Listes de référence introuvables : le dossier ")
				.contains("--reference DOSSIER")
				.doesNotContain("Exception");
		}
	}

	private static String captureErr(Runnable action) {
		PrintStream original = System.err;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setErr(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

	private static String capture(Runnable action) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
