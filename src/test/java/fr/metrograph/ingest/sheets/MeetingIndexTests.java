package fr.metrograph.ingest.sheets;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.sheets.AttendanceSheetParser.MeetingKey;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingIndexTests {

	@Test
	void prefersTheSameDateThenTheSameTitleInTheSameYearThenTheSmallestId() {
		MeetingIndex index = new MeetingIndex();
		index.add("b-seminaire", "Séminaire", LocalDate.of(2023, 6, 1), 2023);
		index.add("a-autre", "Autre chose", LocalDate.of(2023, 6, 1), 2023);
		index.add("c-atelier", "Atelier des élus", null, 2023);
		index.add("d-atelier", "Atelier des élus", null, 2024);
		MeetingKey sameDate = new MeetingKey("Séminaire", LocalDate.of(2023, 6, 1), 2023);
		MeetingKey sameTitle = new MeetingKey("ATELIER DES ÉLUS", LocalDate.of(2023, 9, 9), 2023);
		MeetingKey otherYear = new MeetingKey("Atelier des élus", null, 2025);
		assertThat(index.find(List.of(sameDate, sameTitle, otherYear))).containsEntry(sameDate, "a-autre")
			.containsEntry(sameTitle, "c-atelier")
			.doesNotContainKey(otherYear);
	}

}
