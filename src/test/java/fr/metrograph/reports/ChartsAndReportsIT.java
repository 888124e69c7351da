package fr.metrograph.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import fr.metrograph.MetrographApplication;
import fr.metrograph.charts.ChartImages;
import fr.metrograph.cli.MetrographCli;
import fr.metrograph.ingest.IngestService;
import fr.metrograph.testsupport.TestHttp;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chart and the 2025 report built from the seed documents, over HTTP and the
 * command line; the PDF and HTML pages are also written under
 * {@code target/reports-preview}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.ingest.on-startup=false")
class ChartsAndReportsIT {

	private static final Path PREVIEW = Path.of("target", "reports-preview");

	private static final List<String> EXPERIENCE_THEMES = List.of("Outils de diffusion d'une culture interne",
			"Plateformes participatives", "CCSPL");

	private static final Map<String, String> TITLES = Map.of("membership", "Membres du groupe", "meetings",
			"Réunions par année et par format", "themes", "Thèmes travaillés au fil des années", "planned-vs-realised",
			"Thèmes annoncés et thèmes réalisés", "metropolis-timeline", "Bordeaux année par année", "copresence",
			"Réseau de co-présence");

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@LocalServerPort
	int port;

	@BeforeAll
	static void seeds(@Autowired IngestService ingest) throws IOException {
		TestNeo4j.clear();
		ingest.ingest(List.of(Path.of("data/documents")), (o) -> {
		});
		Files.createDirectories(PREVIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "membership", "membership?group=elus", "meetings", "themes", "planned-vs-realised",
			"metropolis-timeline?id=bordeaux", "copresence?network=metropolises&via=both",
			"copresence?network=people" })
	void everyChartIsServedFromTheSeeds(String chart) {
		String name = chart.replaceAll("\\?.*", "");
		String query = chart.contains("?") ? "&" + chart.substring(chart.indexOf('?') + 1) : "";
		String preview = "seeds-" + chart.replaceAll("[^a-z]+", "-");
		ResponseEntity<byte[]> png = get("/api/charts/" + name + ".png?width=900&height=560" + query);
		assertThat(png.getStatusCode().value()).isEqualTo(200);
		assertThat(png.getHeaders().getContentType()).hasToString("image/png");
		ChartImages.assertPng(png.getBody(), 900, 560, preview);
		ResponseEntity<byte[]> svg = get("/api/charts/" + name + ".svg?from=2015&to=2026" + query);
		assertThat(svg.getHeaders().getContentType()).hasToString("image/svg+xml");
		// the seeds name no member of the elected officials' group: an empty series,
		// drawn as such
		ChartImages.assertSvg(svg.getBody(), preview, TITLES.get(name),
				chart.contains("elus") ? "Pas de données pour cette période" : "202");
	}

	@Test
	void anEmptyPeriodIsAnImageNotAnError() {
		ResponseEntity<byte[]> svg = get("/api/charts/meetings.svg?from=1990&to=1991");
		assertThat(svg.getStatusCode().value()).isEqualTo(200);
		ChartImages.assertSvg(svg.getBody(), "seeds-meetings-empty", "Pas de données pour cette période");
	}

	@Test
	void badChartRequestsAreFrenchProblems() {
		assertProblem("/api/charts/camembert.png", 404, "Graphique inconnu");
		assertProblem("/api/charts/meetings.gif", 400, "Format d'image inconnu");
		assertProblem("/api/charts/meetings.png?from=2025&to=2020", 400, "postérieure");
		assertProblem("/api/charts/meetings.png?width=100", 400, "entre 200 et 4000");
		assertProblem("/api/charts/meetings.svg?height=5000", 400, "entre 200 et 4000");
		assertProblem("/api/charts/membership.png?group=tous", 400, "agents");
		assertProblem("/api/charts/metropolis-timeline.png", 400, "identifiant");
		assertProblem("/api/charts/metropolis-timeline.png?id=atlantis", 404, "atlantis");
	}

	@Test
	void theReportOf2025AsPdf() throws IOException {
		ResponseEntity<byte[]> response = get("/api/reports/2025.pdf");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
		Files.write(PREVIEW.resolve("rapport-2025.pdf"), response.getBody());
		try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Sommaire", "Composition des groupes", "Sources",
					"Page 1 sur " + pdf.getNumberOfPages(), "Page 2 sur " + pdf.getNumberOfPages());
			assertThat(text).contains("Brest").contains(EXPERIENCE_THEMES);
			String departures = text.substring(text.indexOf("Départs"));
			assertThat(departures.substring(0, departures.indexOf('\n'))).contains("Brest");
			assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(8);
		}
	}

	@Test
	void theReportOf2025AsHtmlHasTheSameSections() throws IOException {
		ResponseEntity<byte[]> response = get("/api/reports/2025.html");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		String html = new String(response.getBody(), StandardCharsets.UTF_8);
		Files.writeString(PREVIEW.resolve("rapport-2025.html"), html);
		assertThat(html).contains("<nav aria-label=\"Sommaire\">", "id=\"composition\"", "id=\"reunions\"",
				"id=\"themes\"", "id=\"prevu-realise\"", "id=\"reseau\"", "id=\"personnes\"", "id=\"qualite\"",
				"id=\"sources\"", "<svg", "Départs : Brest", "data/documents/000_97783004e60a4501.txt");
		for (String theme : EXPERIENCE_THEMES) {
			assertThat(html).contains(HtmlReportWriter.escape(theme));
		}
	}

	@Test
	void aYearWithoutDataIsAClearMessage() {
		assertProblem("/api/reports/1990.pdf", 404, "Aucune donnée pour l'année 1990");
		assertProblem("/api/reports/2025.docx", 400, "Format de rapport inconnu");
	}

	@Test
	void theCommandLineWritesTheReportOrSaysWhyNot() throws IOException {
		Path out = PREVIEW.resolve("cli-2025.html");
		Files.deleteIfExists(out);
		assertThat(MetrographCli.run(MetrographApplication.class, "--uri", TestNeo4j.boltUri(), "report", "--year",
				"2025", "--format", "html", "--out", out.toString()))
			.isZero();
		assertThat(Files.readString(out)).contains("Brest");
		// Without --out: rapport-2025.pdf in the current folder; --uri after the command.
		Path byDefault = Path.of("rapport-2025.pdf");
		Files.deleteIfExists(byDefault);
		try {
			assertThat(MetrographCli.run(MetrographApplication.class, "report", "--year", "2025", "--uri",
					TestNeo4j.boltUri()))
				.isZero();
			assertThat(Files.readAllBytes(byDefault)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		}
		finally {
			Files.deleteIfExists(byDefault);
		}
		PrintStream original = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = MetrographCli.run(MetrographApplication.class, "--uri", TestNeo4j.boltUri(), "report", "--year",
					"1990", "--out", PREVIEW.resolve("cli-1990.pdf").toString());
		}
		finally {
			System.setErr(original);
		}
		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Aucune donnée pour l'année 1990");
		assertThat(PREVIEW.resolve("cli-1990.pdf")).doesNotExist();
	}

	private void assertProblem(String uri, int status, String detail) {
		ResponseEntity<Map> response = http().get().uri(uri).retrieve().toEntity(Map.class);
		assertThat(response.getStatusCode().value()).as(uri).isEqualTo(status);
		assertThat(response.getBody().get("detail").toString()).as(uri).contains(detail);
	}

	private ResponseEntity<byte[]> get(String uri) {
		return http().get().uri(uri).retrieve().toEntity(byte[].class);
	}

	private RestClient http() {
		return TestHttp.client(this.port);
	}

}
