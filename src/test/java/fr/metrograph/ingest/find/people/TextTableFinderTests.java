package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.attendance;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/** Tables without pipes, as PDF text layers and fixed-width plain text give them. */
class TextTableFinderTests {

	private static ExtractedDocument read(String text) {
		return found(text, new MeetingHeaderFinder(), new TextTableFinder(), new RoleAffiliationFinder());
	}

	@Test
	void aSignInSheetWithCivilityStructureBeforeFunctionAndOneColumnPerDay() {
		ExtractedDocument d = read("""
				Liste d'émargement - Rencontre des élus, jeudi 24 et vendredi 25 mars 2022
				Civilité NOM Prénom Collectivité / structure Fonction 24/03 25/03
				Mme HADDOU Loubna Métropole de Lyon Vice-présidente déléguée à la participation (accueil) ✓ ✓
				M. OBERMANN Thierry Eurométropole de Strasbourg Vice-président ✓ excusé
				Mme VUILLEMIN Eléonore Dijon Métropole Conseillère métropolitaine déléguée excusée excusée
				M. N'DIAYE Abdoulaye Ville de Nantes Adjoint au maire ✓ ✓
				Document édité le 21/03/2022. Page 1/1
				""");
		assertThat(names(d)).containsExactly("Loubna Haddou", "Thierry Obermann", "Eléonore Vuillemin",
				"Abdoulaye N'Diaye");
		assertThat(person(d, "Loubna Haddou").affiliationId()).isEqualTo("lyon");
		assertThat(person(d, "Abdoulaye N'Diaye").affiliationId()).isEqualTo("ville-de-nantes");
		// present when any day is ticked
		assertThat(attendance(d, "Thierry Obermann")).containsExactly("present/participant");
		assertThat(attendance(d, "Eléonore Vuillemin")).containsExactly("excused/null");
		assertThat(d.roles()).extracting((r) -> r.title())
			.containsExactly("Vice-présidente déléguée à la participation", "Vice-président",
					"Conseillère métropolitaine déléguée", "Adjoint au maire");
	}

	@Test
	void aFixedWidthTableWithAPresentExcusedLetterColumn() {
		ExtractedDocument d = read(
				"""
						Relevé de l'atelier, jeudi 7 juin 2018

						NOM             PRÉNOM     STRUCTURE                               FONCTION                              P/E
						CASTEL          Romain     Toulouse Métropole                      Chef de projet budget participatif    P
						DA SILVA        Inês       Bordeaux Métropole                      Chargée de mission                    P
						VIDAL           Chloé      Montpellier Méditerranée Métropole      Chargée de mission                    E
						""");
		assertThat(names(d)).containsExactly("Romain Castel", "Inês da Silva", "Chloé Vidal");
		assertThat(attendance(d, "Romain Castel")).containsExactly("present/participant");
		assertThat(attendance(d, "Chloé Vidal")).containsExactly("excused/null");
		assertThat(person(d, "Chloé Vidal").affiliationId()).isEqualTo("montpellier");
	}

}
