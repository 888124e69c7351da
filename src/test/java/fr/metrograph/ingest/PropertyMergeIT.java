package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.ingest.determinism.GraphSnapshot;
import fr.metrograph.testsupport.TestNeo4j;

import static fr.metrograph.testsupport.GraphQueries.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same documents give the same graph: a meeting described by a meeting report and by
 * an annual summary (the seeds' 2022 meeting of the elected officials) gets the same
 * properties whatever the order the two are loaded in, and after one is changed and
 * changed back; retracting the report gives the summary's values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "app.ingest.on-startup=false")
class PropertyMergeIT {

	private static final String MEETING = "MATCH (m:Meeting {id: 'elus-meeting-2022-05-05'}) RETURN m.title";

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@Autowired
	IngestService ingest;

	@Autowired
	org.neo4j.driver.Driver driver;

	@TempDir
	Path dir;

	Path report;

	Path summary;

	@BeforeEach
	void copyTheTwoDocuments() throws IOException {
		TestNeo4j.clear();
		this.report = Files.copy(Path.of("data/documents/001_ef400819cd949c29.txt"),
				this.dir.resolve("001_ef400819cd949c29.txt"));
		this.summary = Files.copy(Path.of("src/test/resources/corpus/bilan_elus_2022_2023.md"),
				this.dir.resolve("bilan_elus_2022_2023.md"));
	}

	@Test
	void loadingInEitherOrderGivesTheSameGraphAndTheMeetingReportsTitle() {
		load(this.report);
		load(this.summary);
		GraphSnapshot reportFirst = GraphSnapshot.of(this.driver);
		assertThat((String) value(MEETING)).isEqualTo("Première rencontre des élu·es des Métropoles Participatives");
		TestNeo4j.clear();
		load(this.summary);
		assertThat((String) value(MEETING)).isEqualTo("Première rencontre en présentiel");
		load(this.report);
		GraphSnapshot summaryFirst = GraphSnapshot.of(this.driver);
		assertThat(summaryFirst.differences(reportFirst)).isEmpty();
		assertThat(summaryFirst.nodes()).isGreaterThan(20);
	}

	@Test
	void changingAFileAndChangingItBackGivesTheSameGraph() throws IOException {
		load(this.report);
		load(this.summary);
		GraphSnapshot before = GraphSnapshot.of(this.driver);
		String original = Files.readString(this.report);
		Files.writeString(this.report, original.replace("Première rencontre", "Rencontre inaugurale"));
		load(this.report);
		assertThat(GraphSnapshot.of(this.driver).differences(before)).isNotEmpty();
		Files.writeString(this.report, original);
		load(this.report);
		assertThat(GraphSnapshot.of(this.driver).differences(before)).isEmpty();
	}

	@Test
	void retractingTheReportRecomputesTheMeetingFromTheSourcesThatRemain() {
		load(this.report);
		load(this.summary);
		this.ingest.retract(this.report.toAbsolutePath().toString());
		assertThat((String) value(MEETING)).isEqualTo("Première rencontre en présentiel");
		assertThat((String) value(
				"MATCH (m:Meeting {id: 'elus-meeting-2022-05-05'})-[c:MENTIONED_IN]->(d:Document) RETURN d.kind + ': ' + c.title",
				Map.of()))
			.isEqualTo("annual_summary: Première rencontre en présentiel");
	}

	private void load(Path file) {
		this.ingest.ingest(List.of(file), (outcome) -> {
		});
	}

}
