package fr.metrograph.ingest.find.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.attendance;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attendance tables aligned with spaces whose first column is the structure; each answer
 * was written before the finder.
 */
class AlignedTableFinderTests {

	private static ExtractedDocument read(String text) {
		return found(text, new MeetingHeaderFinder(), new AlignedTableFinder(), new RoleAffiliationFinder());
	}

	@Test
	void aStructureFirstTableWithWrappedCellsGivesOnePersonPerRow() {
		ExtractedDocument d = read("""
				Compte rendu de la réunion du 3 mars 2025

				Structure                  Nom Prénom              Fonction                          Présence
				Nantes Métropole           Claire MOREL            Vice-présidente déléguée à la     Présente
				                                                   participation citoyenne
				Métropole Européenne       DURAND Paul             Chargé de mission                 Excusé
				de Lille
				Ville de Rennes            Anne-Sophie LE GALL     Adjointe au maire                 Présente (visio)
				ICPC                       Fanny DELORME           Chargée de mission (animation)    Présente

				Ordre du jour :
				""");
		assertThat(names(d)).containsExactly("Claire Morel", "Paul Durand", "Anne-Sophie Le Gall", "Fanny Delorme");
		assertThat(person(d, "Claire Morel").affiliationId()).isEqualTo("nantes");
		assertThat(person(d, "Paul Durand").affiliationId()).isEqualTo("lille");
		assertThat(attendance(d, "Paul Durand")).containsExactly("excused/null");
		assertThat(attendance(d, "Anne-Sophie Le Gall")).containsExactly("present/participant");
		assertThat(d.roles()).extracting((r) -> r.title())
			.contains("Vice-présidente déléguée à la participation citoyenne", "Chargée de mission");
	}

	@Test
	void aProseParagraphOrATableThatStartsWithTheNameIsNotRead() {
		ExtractedDocument d = read("""
				Réunion du 3 mars 2025

				Nom Prénom           Fonction            Structure
				Claire MOREL         Vice-présidente     Nantes Métropole

				La Structure  et le  Nom  du projet  restent à définir.
				""");
		assertThat(names(d)).isEmpty();
	}

	@Test
	void aWordRunningOverAColumnStartStaysInItsCell() {
		assertThat(AlignedTableFinder.cells("Métropole Européenne de Lille  DURAND Paul", List.of(0, 26)))
			.containsExactly("Métropole Européenne de Lille", "DURAND Paul");
	}

}
