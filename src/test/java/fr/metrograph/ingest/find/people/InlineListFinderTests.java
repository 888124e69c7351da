package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.attendance;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/** People listed after a heading on the same line. */
class InlineListFinderTests {

	private static ExtractedDocument read(String text) {
		return found(text, new MeetingHeaderFinder(), new InlineListFinder());
	}

	@Test
	void aListMixingCommasSemicolonsAndEtGivesOnePersonPerName() {
		ExtractedDocument d = read(
				"""
						Réunion du groupe des agent·es, 7 avril 2023, en visioconférence

						Participant·es : Claire Morel (Nantes Métropole), Paul Garnier (Métropole de Lyon) ; Anne Lucas (Rennes Métropole) et Jean Petit (Toulouse Métropole).
						Excusé·es : Marc Durand (Brest Métropole).
						""");
		assertThat(names(d)).containsExactly("Claire Morel", "Paul Garnier", "Anne Lucas", "Jean Petit", "Marc Durand");
		assertThat(person(d, "Paul Garnier").affiliationId()).isEqualTo("lyon");
		assertThat(attendance(d, "Jean Petit")).containsExactly("present/participant");
		assertThat(attendance(d, "Marc Durand")).containsExactly("excused/null");
		assertThat(person(d, "Anne Lucas").evidence().extractor()).isEqualTo("inline-list");
	}

	@Test
	void aCouncilRegistersListOfHonorificsGivesOnePersonEachAndNoOneIsAnotherOnesRole() {
		ExtractedDocument d = found(
				"""
						Séance du 25 septembre 2023

						ÉTAIENT PRÉSENTS : M. Bertrand FOUCHÉ-LAVAL, Mme Sophie de LA BOURDONNAYE, M. Arnaud du PLESSIS-GOUIN, Mme TROADEC, M. Karim BENSALEM.
						""",
				new MeetingHeaderFinder(), new InlineListFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Bertrand Fouché-Laval", "Sophie de La Bourdonnaye",
				"Arnaud du Plessis-Gouin", "Karim Bensalem");
		assertThat(d.roles()).isEmpty();
		assertThat(attendance(d, "Karim Bensalem")).containsExactly("present/participant");
	}

	@Test
	void aParenthesisGivesTheBodyAndTheCapacity() {
		ExtractedDocument d = read("""
				Réunion du 7 avril 2023

				Participant·es : Fanny DELORME (ICPC, animation), Louis Roux (Nantes Métropole).
				""");
		assertThat(person(d, "Fanny Delorme").affiliationId()).isEqualTo("icpc");
		assertThat(attendance(d, "Fanny Delorme")).containsExactly("present/facilitator");
	}

	@Test
	void aBodyAfterTheLastNameIsSharedByNamesWithout() {
		ExtractedDocument d = read("""
				Réunion du 7 avril 2023

				Présent·es : Claire MOREL et Paul GARNIER (Rennes Métropole).
				""");
		assertThat(person(d, "Claire Morel").affiliationId()).isEqualTo("rennes");
	}

	@Test
	void inAProgrammeTheSpeakersListedAreAnnouncedNotAttested() {
		ExtractedDocument d = read("""
				Séminaire des agent·es — 14 novembre 2024

				9h30 Accueil
				10h00 Ouverture
				11h00 Table ronde
				Intervenant·es : Claire MOREL (Nantes Métropole), Paul GARNIER (Rennes Métropole)
				""");
		assertThat(attendance(d, "Claire Morel")).containsExactly("null/speaker");
	}

	@Test
	void aNoteTakerLineNamesNoAttendee() {
		assertThat(names(read("""
				Réunion du 7 avril 2023

				Prise de notes : Lucie Martin (ICPC).
				"""))).isEmpty();
	}

	@Test
	void aCityAfterTheNameIsTheBodyNotARole() {
		ExtractedDocument d = found("""
				Webinaire du groupe, mardi 11 mars 2025
				Intervenant·es : Mme Oriane LACOMBE, Bordeaux Métropole ; M. Ibrahima SY, Ville de Montreuil
				""", new MeetingHeaderFinder(), new InlineListFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Oriane Lacombe", "Ibrahima Sy");
		assertThat(person(d, "Ibrahima Sy").affiliationId()).isEqualTo("ville-de-montreuil");
		assertThat(d.roles()).isEmpty();
	}

	@Test
	void aListInAPageReadAsOneParagraphClaimsItsOwnLinesNotThePage() {
		// a PDF's text layer in columns: no blank line, the page is one paragraph
		ExtractedDocument d = found("""
				Rencontres nationales, Dijon, 3 et 4 décembre 2026
				10h45 · Table ronde « Nouveaux exécutifs » Auditorium
				Avec : Firmine Agbodjan, Nantes Métropole
				14h00 · Atelier 1 — Évaluer la participation
				Animé par Anselme Rakotomalala, Grenoble-Alpes
				Métropole
				Inscription obligatoire. Contact : Bastien Ollivier-Nakamura, chargé de mission au sein du réseau
				Les sessions plénières seront retransmises en direct pour les collègues qui ne pourront pas venir.
				""", new MeetingHeaderFinder(), new InlineListFinder(), new ProgrammeLineFinder());
		assertThat(names(d)).contains("Firmine Agbodjan", "Anselme Rakotomalala");
	}

	@Test
	void aNameBrokenAtTheEndOfANarrowColumnsLineIsJoined() {
		ExtractedDocument d = found("""
				Atelier 2 — Tirage au sort : des conventions aux instances permanentes
				Avec : Malo Guézennec, Rennes Métropole ; Corentin
				Abgrall, consultant, Respublica
				""", new InlineListFinder());
		assertThat(names(d)).containsExactly("Malo Guézennec", "Corentin Abgrall");
	}

}
