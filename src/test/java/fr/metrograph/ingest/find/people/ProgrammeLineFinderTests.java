package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.attendance;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/** People on the lines of a programme or an agenda. */
class ProgrammeLineFinderTests {

	private static ExtractedDocument read(String text) {
		return found(text, new MeetingHeaderFinder(), new ProgrammeLineFinder());
	}

	@Test
	void inAProgrammeFacilitatorsAndSpeakersAreAnnounced() {
		ExtractedDocument d = read("""
				Séminaire des agent·es des métropoles participatives
				Jeudi 14 novembre 2024, Lille

				9h30 Accueil café
				10h00 Ouverture par Claire MOREL, vice-présidente de la MEL
				10h30 « Les budgets participatifs » — Paul GARNIER, Rennes Métropole
				11h30 Atelier animé par Anne LUCAS (ICPC)
				12h30 Déjeuner
				""");
		assertThat(names(d)).containsExactlyInAnyOrder("Claire Morel", "Paul Garnier", "Anne Lucas");
		assertThat(attendance(d, "Claire Morel")).containsExactly("null/speaker");
		assertThat(attendance(d, "Paul Garnier")).containsExactly("null/speaker");
		assertThat(attendance(d, "Anne Lucas")).containsExactly("null/facilitator");
	}

	@Test
	void aNameUnderATimeSlotOfAProgrammeIsASpeaker() {
		ExtractedDocument d = read("""
				Programme — 14 novembre 2024

				9h30 Accueil
				10h00 Table ronde : la participation à l'échelle métropolitaine
				Claire MOREL, Nantes Métropole
				11h00 Ateliers
				12h30 Clôture
				""");
		assertThat(attendance(d, "Claire Morel")).containsExactly("null/speaker");
	}

	@Test
	void aSpeakersCardUnderATimeSlotGivesTheTitleAndTheBody() {
		ExtractedDocument d = found("""
				Programme — 14 novembre 2024

				9h30 Accueil
				10h00 Table ronde : la participation à l'échelle métropolitaine
				Claire MOREL
				Vice-présidente déléguée à la participation citoyenne
				Nantes Métropole
				11h00 Ateliers
				""", new MeetingHeaderFinder(), new ProgrammeLineFinder(), new RoleAffiliationFinder());
		assertThat(attendance(d, "Claire Morel")).containsExactly("null/speaker");
		assertThat(person(d, "Claire Morel").affiliationId()).isEqualTo("nantes");
		assertThat(d.roles()).singleElement()
			.satisfies((r) -> assertThat(r.title()).isEqualTo("Vice-présidente déléguée à la participation citoyenne"));
	}

	@Test
	void aSignatureAfterAProgrammeIsNoSpeakerButKeepsItsTitle() {
		ExtractedDocument d = found("""
				Atelier du réseau, jeudi 27 juin 2024

				Déroulé mis à jour :
				- 9h30 : accueil café
				- 10h : ouverture par M. Paul GARNIER
				- 14h-16h : atelier en sous-groupes

				Belle journée,
				Nolwenn

				--
				Nolwenn GUÉGUEN
				Chargée de mission Réseaux de collectivités
				Institut de la Concertation et de la Participation Citoyenne (ICPC)
				""", new MeetingHeaderFinder(), new ProgrammeLineFinder(), new NameLineFinder(),
				new RoleAffiliationFinder());
		assertThat(attendance(d, "Paul Garnier")).containsExactly("null/speaker");
		assertThat(attendance(d, "Nolwenn Guéguen")).isEmpty();
		assertThat(person(d, "Nolwenn Guéguen").affiliationId()).isEqualTo("icpc");
		assertThat(d.roles()).singleElement()
			.satisfies((r) -> assertThat(r.title()).isEqualTo("Chargée de mission Réseaux de collectivités"));
	}

	@Test
	void aSlotWrappedOverTwoLinesIsReadWhole() {
		ExtractedDocument d = read("""
				Programme — 14 novembre 2024

				9h30 Accueil
				10h00 Ouverture par Claire MOREL, vice-présidente déléguée à la
				participation, et Paul GARNIER
				11h00 Ateliers
				""");
		assertThat(names(d)).containsExactlyInAnyOrder("Claire Morel", "Paul Garnier");
	}

	@Test
	void timeSlotsWithoutNamesInventNobody() {
		assertThat(names(read("""
				Programme — 14 novembre 2024

				9h30 Accueil des participants
				10h00 Ouverture par le Président
				11h00 Table ronde des élus
				12h30 Déjeuner
				"""))).isEmpty();
	}

	@Test
	void anArticlesBylineNamesItsWriterNotASpeaker() {
		ExtractedDocument d = found("""
				Compte rendu de la rencontre du 16 octobre 2025

				Par Damien Ollagnier Le 18/10/2025 à 06:00, mis à jour le 18/10/2025 à 09:41

				Ouverture par Claire MOREL, vice-présidente de la MEL
				""", new MeetingHeaderFinder(), new ProgrammeLineFinder());
		assertThat(names(d)).containsExactly("Claire Morel");
	}

}
