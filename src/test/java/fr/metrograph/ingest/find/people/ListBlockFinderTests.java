package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.find.meeting.MeetingHeaderFinder;
import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.attendance;
import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/** People in blocks under list headings, in the layouts minutes use. */
class ListBlockFinderTests {

	private static ExtractedDocument read(String text) {
		return found(text, new MeetingHeaderFinder(), new ListBlockFinder());
	}

	@Test
	void minutesWithBodySubHeadingsGiveEachPersonTheirBodyAndStatus() {
		ExtractedDocument d = read("""
				Compte rendu de la réunion du 14 mars 2024
				Dans les locaux de Rennes Métropole

				Présent·es :

				Rennes Métropole
				Mme Jeanne DUPONT
				Vice-présidente déléguée à la participation

				Nantes Métropole
				M. Paul MARTIN
				Chargé de mission dialogue citoyen

				Excusé·es :
				Mme Claire BERNARD (Bordeaux Métropole)
				""");
		assertThat(names(d)).containsExactly("Jeanne Dupont", "Paul Martin", "Claire Bernard");
		assertThat(person(d, "Jeanne Dupont").affiliationId()).isEqualTo("rennes");
		assertThat(person(d, "Paul Martin").affiliationId()).isEqualTo("nantes");
		assertThat(person(d, "Claire Bernard").affiliationId()).isEqualTo("bordeaux");
		assertThat(attendance(d, "Jeanne Dupont")).containsExactly("present/participant");
		assertThat(attendance(d, "Claire Bernard")).containsExactly("excused/null");
		assertThat(person(d, "Jeanne Dupont").evidence().extractor()).isEqualTo("list-block");
		assertThat(person(d, "Jeanne Dupont").evidence().confidence()).isEqualTo(0.95);
	}

	@Test
	void aSpeakersCardGivesTheBodyUnderItsTitleToItsOwnPerson() {
		ExtractedDocument d = read("""
				Journée d'échanges du 22 septembre 2022 à Metz

				Intervenant·es

				- Karim Ould-Braham

				Adjoint au maire délégué aux quartiers et à la participation

				Ville de Metz

				- Amaya Etxeberria

				Chargée de concertation Plan climat

				Grenoble-Alpes Métropole

				- Maëlle Quéré

				Responsable de la mission dialogue citoyen

				Nantes Métropole
				""");
		assertThat(names(d)).containsExactly("Karim Ould-Braham", "Amaya Etxeberria", "Maëlle Quéré");
		assertThat(person(d, "Karim Ould-Braham").affiliationId()).isEqualTo("ville-de-metz");
		assertThat(person(d, "Amaya Etxeberria").affiliationId()).isEqualTo("grenoble-alpes");
		assertThat(person(d, "Maëlle Quéré").affiliationId()).isEqualTo("nantes");
		assertThat(d.roles()).extracting((r) -> r.title()).doesNotContain("Ville de Metz");
	}

	@Test
	void headingsOfOrganisersFacilitatorsAndAccompanyingStaffGiveTheCapacity() {
		ExtractedDocument d = read("""
				Rencontre des élu·es, 5 mai 2022

				Accueil & préparation
				Mme Sandra RATAUD, DGA Dialogue citoyen (Nantes Métropole)

				Animation
				M. Yohan LE COCQ (Nantes Métropole)

				Étaient présent·es :
				Mme Céline PAPIN, Vice-présidente (Bordeaux Métropole)
				Accompagnée par Emilie SARRAZIN et Damien MOUCHAGUE
				""");
		assertThat(attendance(d, "Sandra Rataud")).containsExactly("present/organiser");
		assertThat(attendance(d, "Yohan Le Cocq")).containsExactly("present/facilitator");
		assertThat(attendance(d, "Céline Papin")).containsExactly("present/participant");
		assertThat(attendance(d, "Emilie Sarrazin")).containsExactly("present/accompanying");
		assertThat(person(d, "Damien Mouchague").affiliationId()).isEqualTo("bordeaux");
	}

	@Test
	void anItemThatNamesNoOneAndAHandleAreNobodysTitle() {
		ExtractedDocument d = found("""
				Organisateurs

				- Thibault Nguyen-Desrosiers @tnguyen_mel Officiel
				Chargé de mission participation citoyenne, Métropole Européenne de Lille
				- ICPC – Institut de la Concertation et de la Participation Citoyenne @icpc_reseaux Groupe vérifié
				""", new ListBlockFinder(), new RoleAffiliationFinder());
		assertThat(d.roles()).extracting((r) -> r.title())
			.containsExactly("Chargé de mission participation citoyenne, Métropole Européenne de Lille");
	}

	@Test
	void surnameFirstLinesOfAnAttendanceListAreRead() {
		ExtractedDocument d = read("""
				Réunion des agent·es, mardi 12/03/2024, en visioconférence

				Participants :
				DUPONT Jeanne, chargée de mission participation (Rennes Métropole)
				LE GOFF Yann, directeur de la concertation (Nantes Métropole)
				""");
		assertThat(names(d)).containsExactly("Jeanne Dupont", "Yann Le Goff");
		assertThat(person(d, "Yann Le Goff").affiliationId()).isEqualTo("nantes");
	}

	@Test
	void aListEndsAtTheAgendaAndNamesUnderItAreNotAttendees() {
		ExtractedDocument d = read("""
				Compte rendu, réunion du 2 février 2023

				Présent·es :
				- Jeanne DUPONT (Rennes Métropole)

				ORDRE DU JOUR
				- Point d'étape présenté par Paul MARTIN
				""");
		assertThat(names(d)).containsExactly("Jeanne Dupont");
	}

	@Test
	void noteTakersAreNoAttendeesAndNothingIsInventedWithoutAList() {
		assertThat(names(read("""
				Réunion du 2 février 2023

				Prise de notes
				Secrétariat du réseau
				"""))).isEmpty();
		assertThat(names(read("""
				Réunion du 2 février 2023

				La séance a porté sur les budgets participatifs et les conseils de quartier.
				"""))).isEmpty();
	}

	@Test
	void remoteAttendeesArePresentAndMarkedSo() {
		var context = fr.metrograph.ingest.find.FinderHarness.run("""
				Réunion du 2 février 2023 à Rennes Métropole

				En visioconférence :
				Mme Jeanne DUPONT (Rennes Métropole)
				""", new MeetingHeaderFinder(), new ListBlockFinder());
		assertThat(context.hasRemoteAttendees()).isTrue();
	}

	@Test
	void speakersOnLinesOfTheirOwnEndAtTheNextSlotOrInlineHeading() {
		ExtractedDocument d = found("""
				Journée d'échanges du groupe, mardi 26 mars 2024 - Tours

				9h45 - Mot d'accueil
				Intervenant·es :
				Nathalie ROUSSEAU, vice-présidente déléguée à la participation, Tours Métropole Val de Loire
				Fanny DELORME, ICPC

				10h15 - Table ronde
				Intervenant·es :
				Gwendal LE MEUR, chef de projet, Brest Métropole
				Priscilla N'GUESSAN, chargée de mission, Métropole Européenne de Lille
				Animation : Mathis KERJEAN, ICPC

				12h30 - Déjeuner sur place
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Nathalie Rousseau", "Fanny Delorme", "Gwendal Le Meur",
				"Priscilla N'Guessan");
		assertThat(person(d, "Fanny Delorme").affiliationId()).isEqualTo("icpc");
		assertThat(person(d, "Priscilla N'Guessan").affiliationId()).isEqualTo("lille");
		// the inline "Animation :" line and the next slot are not roles of the last
		// speaker
		assertThat(d.roles()).extracting((r) -> r.title().toLowerCase(java.util.Locale.ROOT))
			.containsExactly("vice-présidente déléguée à la participation", "chef de projet", "chargée de mission");
	}

	@Test
	void anInlineExcusedListAfterABlockEndsTheBlock() {
		ExtractedDocument d = found("""
				Comité de pilotage - réunion du lundi 17 juin 2024

				Présents :
				- Mme Hélène SCHMITT, vice-présidente, Metz Métropole (accueil)
				- J.-P. Martin, Saint-Étienne Métropole

				Excusés : Mme Anne Le Goff (Nantes Métropole), M. Karim Ben Saïd (MEL).
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new InlineListFinder(),
				new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Hélène Schmitt", "J.-P. Martin", "Anne Le Goff", "Karim Ben Saïd");
		assertThat(attendance(d, "Karim Ben Saïd")).containsExactly("excused/null");
		assertThat(d.roles()).singleElement()
			.satisfies((r) -> assertThat(r.title()).isEqualToIgnoringCase("vice-présidente"));
	}

	@Test
	void speakersOnePerLineWithDashesGiveOnePersonEachAndAProseParagraphAfterIsNoRole() {
		ExtractedDocument d = found("""
				Séminaire du réseau, vendredi 18 octobre 2024

				Intervenant·es :
				Amina HADDAD – vice-présidente déléguée à la démocratie locale – Rennes Métropole
				Paul Garnier – chef de projet « aller-vers » – Métropole européenne de Lille
				Witold Zieliński – sociologue – Université Grenoble Alpes

				Initialement annoncée, Claire Morel (Est Ensemble) était excusée ; sa présentation figure en annexe.
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Amina Haddad", "Paul Garnier", "Witold Zieliński");
		assertThat(person(d, "Paul Garnier").affiliationId()).isEqualTo("lille");
		assertThat(d.roles()).extracting((r) -> r.title())
			.contains("Vice-présidente déléguée à la démocratie locale", "Chef de projet « aller-vers »")
			.noneMatch((t) -> t.contains("Garnier") || t.contains("Zieliński") || t.contains("excusée"));
	}

	@Test
	void namesWithTheirBodyOnePerLineUnderSubHeadingsAreOnePersonEach() {
		ExtractedDocument d = found("""
				Compte rendu de la réunion du 14 mars 2023

				Étaient présents
				Pour les conseils de développement :
				  Louis Chevalier, président du Conseil de développement de Tours Métropole Val de Loire
				Pour les métropoles :
				  Julie Marchand (Rennes Métropole)
				  Ysé Darras (Métropole de Lyon)
				  Hamza Benchekroun (MEL), en visio
				""", new MeetingHeaderFinder(), new ListBlockFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Louis Chevalier", "Julie Marchand", "Ysé Darras", "Hamza Benchekroun");
		assertThat(person(d, "Ysé Darras").affiliationId()).isEqualTo("lyon");
		assertThat(d.roles()).singleElement().satisfies((r) -> {
			assertThat(r.title()).isEqualTo("Président du Conseil de développement de Tours Métropole Val de Loire");
			assertThat(r.atId()).isEqualTo("conseil-de-developpement-de-tours-metropole-val-de-loire");
		});
	}

}
