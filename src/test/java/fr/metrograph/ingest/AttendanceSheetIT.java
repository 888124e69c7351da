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
 * Attendance sheets merge with the people and meetings the documents brought, load
 * idempotently, and a sheet with a bad row loads nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "app.ingest.on-startup=false")
class AttendanceSheetIT {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
	}

	@Autowired
	IngestService ingest;

	@TempDir
	Path dir;

	@BeforeEach
	void seeds() {
		TestNeo4j.clear();
		this.ingest.ingest(List.of(Path.of("data/documents")), (o) -> {
		});
	}

	@Test
	void aSheetAddsAttendanceToTheReportedMeetingAndItsPeople() throws IOException {
		Path sheet = write("presences.csv", """
				personne;réunion;date;métropole;statut
				Christelle Scuotto-Calvez;Première rencontre des élu·es;2022-05-05;Nantes Métropole;présente
				Jeanne Nouvelle;Première rencontre des élu·es;2022-05-05;Rennes Métropole;présente
				""");
		long meetingsBefore = value("MATCH (m:Meeting) RETURN count(m)");
		IngestReport report = this.ingest.ingest(List.of(sheet), (o) -> {
		});
		assertThat(report.count(DocumentOutcome.Status.LOADED)).isEqualTo(1);
		assertThat((long) value("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(meetingsBefore);
		assertThat((long) value("MATCH (p:Person) WHERE p.name STARTS WITH 'Christelle' RETURN count(p)")).isEqualTo(1);
		assertThat((String) value("""
				MATCH (:Person {id: 'jeanne-nouvelle'})-[a:ATTENDED]->(m:Meeting)
				RETURN m.format""")).isEqualTo("IN_PERSON");
		long[] once = counts();
		IngestReport again = this.ingest.ingest(List.of(sheet), (o) -> {
		});
		assertThat(again.count(DocumentOutcome.Status.UNCHANGED)).isEqualTo(1);
		assertThat(counts()).containsExactly(once);
	}

	@Test
	void aSheetWithABadRowLoadsNothing() throws IOException {
		long[] before = counts();
		Path sheet = write("mauvaise.csv", """
				personne,réunion,date,statut
				Jeanne Nouvelle,Atelier,2024-03-12,présente
				Paul Garnier,Atelier,2024-13-40,présent
				""");
		IngestReport report = this.ingest.ingest(List.of(sheet), (o) -> {
		});
		assertThat(report.outcomes()).singleElement().satisfies((o) -> {
			assertThat(o.status()).isEqualTo(DocumentOutcome.Status.FAILED);
			assertThat(o.error()).contains("ligne 3");
		});
		assertThat(counts()).containsExactly(before);
	}

	private Path write(String name, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
