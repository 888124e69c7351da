package fr.metrograph.ingest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code merge_plain_meetings} is {@code merge_meetings} without its four subqueries
 * (GraphWriter uses it when no meeting of a document has a host, group, parent or theme):
 * its clauses must stay exactly the head of {@code merge_meetings}, or a sheet's meetings
 * would be written by other rules than a report's.
 */
class PlainMeetingsStatementTests {

	@Test
	void thePlainStatementIsTheHeadOfTheFullOne() throws IOException {
		String plain = clauses("merge_plain_meetings");
		String full = clauses("merge_meetings");
		assertThat(plain).isNotBlank();
		assertThat(full).startsWith(plain);
		assertThat(full.substring(plain.length())).startsWith("\nWITH mt, row\nCALL (mt, row) {");
	}

	private static String clauses(String name) throws IOException {
		return Files.readAllLines(Path.of("cypher", "queries", "ingest", name + ".cypher"))
			.stream()
			.filter((line) -> !line.strip().startsWith("//"))
			.reduce((a, b) -> a + "\n" + b)
			.orElse("")
			.strip();
	}

}
