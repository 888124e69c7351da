package fr.metrograph.ingest.find.meeting;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/** The meeting a document reports, from its header. */
class MeetingHeaderFinderTests {

	private static MeetingFact meeting(String text) {
		ExtractedDocument d = found(text, new MeetingHeaderFinder());
		assertThat(d.meetings()).hasSize(1);
		return d.meetings().get(0);
	}

	@Test
	void aPageWhoseHeaderNamesNoMeetingAndThatListsNoAttendanceReportsNone() {
		ExtractedDocument d = found("""
				Aller au contenu
				- Ville de Strasbourg
				- Eurométropole
				- Accessibilité
				- Mon compte

				# Les élus

				Mis à jour le 3 février 2025

				### Sophie WALTER-KANTÉ

				Maire de Strasbourg

				## Prochaines dates

				Conseil municipal
				Lundi 24 février 2025 à 15h00
				Hôtel de Ville, 9 rue Brûlée

				Le programme des séminaires de formation des élus est en ligne.
				""", new MeetingHeaderFinder());
		assertThat(d.meetings()).isEmpty();
	}

	@Test
	void aRemoteMeetingHasItsDateAndNoHostNorPlace() {
		MeetingFact m = meeting("""
				Compte rendu
				Réunion du groupe des agent·es — mardi 12 mars 2024, en visioconférence (Teams)

				Présent·es : Claire MOREL (Nantes Métropole)
				""");
		assertThat(m.startDate()).hasToString("2024-03-12");
		assertThat(m.format()).isEqualTo(Format.REMOTE);
		assertThat(m.hostId()).isNull();
		assertThat(m.place()).isNull();
		assertThat(m.groupId()).isEqualTo("agents");
		assertThat(m.evidence().extractor()).isEqualTo("meeting-header");
	}

	@Test
	void aHostBodyGivesThePlaceItsSeatAndTakesPartAsHost() {
		ExtractedDocument d = found("""
				Rencontre des élu·es des métropoles participatives
				Les 4 et 5 juin 2024, accueillie par Rennes Métropole

				Étaient présent·es : Claire MOREL (Nantes Métropole)
				""", new MeetingHeaderFinder());
		MeetingFact m = d.meetings().get(0);
		assertThat(m.startDate() + "/" + m.endDate()).isEqualTo("2024-06-04/2024-06-05");
		assertThat(m.hostId()).isEqualTo("rennes");
		assertThat(m.place()).isEqualTo("Rennes");
		assertThat(m.format()).isEqualTo(Format.IN_PERSON);
		assertThat(d.participations()).singleElement()
			.satisfies((p) -> assertThat(p.bodyId() + ":" + p.as()).isEqualTo("rennes:host"));
	}

	@Test
	void inPersonAndRemoteWordsTogetherMakeAHybridMeeting() {
		assertThat(meeting("""
				Séminaire — 14 novembre 2024, en présentiel à Lille et en visioconférence

				Présent·es : Claire MOREL (Nantes Métropole)
				""").format()).isEqualTo(Format.HYBRID);
	}

	@Test
	void aPublicationDateIsNotTheMeetingDate() {
		MeetingFact m = meeting("""
				Compte rendu — version du 20 mars 2024

				Réunion du 12 mars 2024 en visioconférence

				Présent·es : Claire MOREL (Nantes Métropole)
				""");
		assertThat(m.startDate()).hasToString("2024-03-12");
	}

	@Test
	void anArticleThatTellsAMeetingWasHeldIsTitledByThatPhrase() {
		MeetingFact m = meeting("""
				Actualités

				La deuxième rencontre des élu·es s'est tenue le 12 octobre 2023 dans les locaux de Rennes Métropole.
				""");
		assertThat(m.title()).isEqualTo("Deuxième rencontre des élu·es");
		assertThat(m.hostId()).isEqualTo("rennes");
	}

	@Test
	void aTextThatReportsNoMeetingGetsNone() {
		ExtractedDocument d = found("""
				La participation citoyenne progresse dans les métropoles. Une rencontre aura lieu le 4 mai 2025.
				""", new MeetingHeaderFinder());
		assertThat(d.meetings()).isEmpty();
	}

}
