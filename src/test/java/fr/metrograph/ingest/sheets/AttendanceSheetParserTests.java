package fr.metrograph.ingest.sheets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.read.DocumentRejectedException;
import fr.metrograph.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttendanceSheetParserTests {

	static AttendanceSheetParser parser;

	@BeforeAll
	static void reference() throws Exception {
		parser = new AttendanceSheetParser(ReferenceData.load(Path.of("data/reference")));
	}

	@Test
	void readsASemicolonSheetWithFrenchHeaders() {
		String csv = """
				Personne;Réunion;Date;Métropole;Rôle;Statut
				Mme Claire DUVAL;Atelier budgets participatifs;12/03/2024;Rennes Métropole;Vice-présidente participation;présente
				Paul Garnier;Atelier budgets participatifs;12/03/2024;Nantes;Chargé de mission;excusé
				""";
		ExtractedDocument doc = parser.parse("atelier.csv", csv, (keys) -> Map.of());
		assertThat(doc.kind()).isEqualTo(DocumentKind.ATTENDANCE_SHEET);
		assertThat(doc.year()).isEqualTo(2024);
		assertThat(doc.meetings()).singleElement().satisfies((m) -> {
			assertThat(m.startDate()).isEqualTo(LocalDate.of(2024, 3, 12));
			assertThat(m.id()).isEqualTo("feuille-atelier-budgets-participatifs-2024-03-12");
		});
		assertThat(doc.people()).extracting((p) -> p.name() + "@" + p.affiliationId())
			.containsExactly("Claire Duval@rennes", "Paul Garnier@nantes");
		assertThat(doc.attendance()).extracting((a) -> a.status()).containsExactly(Status.PRESENT, Status.EXCUSED);
		assertThat(doc.attendance()).allMatch((a) -> a.capacity() == Capacity.PARTICIPANT);
		assertThat(doc.participations()).singleElement().satisfies((p) -> assertThat(p.bodyId()).isEqualTo("rennes"));
		assertThat(doc.people().get(1).evidence().fromLine()).isEqualTo(3);
	}

	@Test
	void readsACommaSheetWithYearsAndReusesAKnownMeeting() {
		String csv = """
				person,meeting,year,status
				Claire Duval,Rencontre annuelle,2023,present
				""";
		ExtractedDocument doc = parser.parse("a.csv", csv,
				(keys) -> keys.stream().collect(Collectors.toMap((k) -> k, (k) -> "elus-meeting-2023-06-01")));
		assertThat(doc.meetings()).singleElement().satisfies((m) -> {
			assertThat(m.id()).isEqualTo("elus-meeting-2023-06-01");
			assertThat(m.year()).isEqualTo(2023);
		});
	}

	@Test
	void rejectsTheWholeSheetListingEveryBadRowByLine() {
		String csv = """
				personne;réunion;date;métropole;statut
				Claire Duval;Atelier;31/02/2024;Rennes;présente
				;Atelier;2024-03-12;Rennes;présente
				Paul Garnier;Atelier;2024-03-12;Atlantis;peut-être
				Inès Robin;Atelier;2024-03-12;Lyon;présente
				""";
		assertThatThrownBy(() -> parser.parse("bad.csv", csv, (keys) -> Map.of()))
			.isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining("rien n'a été chargé")
			.hasMessageContaining("ligne 2 : date invalide « 31/02/2024 »")
			.hasMessageContaining("ligne 3 : personne manquante")
			.hasMessageContaining("ligne 4 : métropole ou organisation inconnue « Atlantis »")
			.hasMessageContaining("ligne 4 : statut inconnu « peut-être »")
			.hasMessageNotContaining("ligne 5");
	}

	@Test
	void rejectsAHeaderWithoutTheRequiredColumns() {
		assertThatThrownBy(() -> parser.parse("h.csv", "nom;lieu\nClaire;Rennes\n", (keys) -> Map.of()))
			.isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining("réunion")
			.hasMessageContaining("date ou année");
	}

}
