package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static fr.metrograph.ingest.find.FinderHarness.names;
import static fr.metrograph.ingest.find.FinderHarness.person;
import static org.assertj.core.api.Assertions.assertThat;

/** People on lines of their own: e-mail headers and signature blocks. */
class NameLineFinderTests {

	@Test
	void aNameBeforeAnAddressInAnEmailHeaderIsAPersonWhateverTheFirstName() {
		ExtractedDocument d = found("""
				De : Corentine Thiébaut <c.thiebaut@example.org>
				À : groupe@listes.example.org
				Cc : Fanny Delorme <fanny.delorme@example.org>, Service <service@example.org>
				Objet : Atelier du 30 mars
				""", new NameLineFinder());
		assertThat(names(d)).containsExactly("Corentine Thiébaut", "Fanny Delorme");
		assertThat(d.attendance()).isEmpty();
	}

	@Test
	void aSignatureGivesTheRoleAndTheBodyOnTheLinesUnderTheName() {
		ExtractedDocument d = found("""
				Bien cordialement,

				Corentine Thiébaut
				Cheffe de projet participation
				Métropole du Grand Nancy - Direction de la démocratie participative
				03 83 00 00 00
				""", new NameLineFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Corentine Thiébaut");
		assertThat(person(d, "Corentine Thiébaut").affiliationId()).isEqualTo("grand-nancy");
		assertThat(d.roles()).singleElement()
			.satisfies((r) -> assertThat(r.title()).isEqualTo("Cheffe de projet participation"));
	}

	@Test
	void mailSoftwareWritesTheSurnameFirstInCapitals() {
		ExtractedDocument d = found("""
				De : BOUCHARD-LEMAIRE Perrine <perrine.bouchard-lemaire@example.org>
				À : OULD-AHMED Yanis <y.ould-ahmed@example.org>; Réservation salles <reservation@example.org>
				Cc : DE KERGARIOU Hortense <h.dekergariou@example.org>
				Objet : Réunion du groupe des agent·es
				""", new NameLineFinder());
		assertThat(names(d)).containsExactlyInAnyOrder("Perrine Bouchard-Lemaire", "Yanis Ould-Ahmed",
				"Hortense de Kergariou");
	}

	@Test
	void anInvitationsAddressesTellWhichWordIsTheFirstName() {
		ExtractedDocument d = found(
				"""
						Organisateur : Ferrand-Okafor Léonie <leonie.ferrand-okafor@example.org>
						Participants obligatoires : RAKOTOMALALA Anselme (GAM) <anselme.rakotomalala@example.org>; Marchetti Ondine <ondine.marchetti@example.org>
						Objet : Séance de rentrée du groupe des agent·es
						""",
				new NameLineFinder());
		assertThat(names(d)).containsExactlyInAnyOrder("Léonie Ferrand-Okafor", "Anselme Rakotomalala",
				"Ondine Marchetti");
		assertThat(d.attendance()).isEmpty();
	}

	@Test
	void aSignaturesBodyMayComeUnderItsServicesLine() {
		ExtractedDocument d = found("""
				Perrine Bouchard-Lemaire
				Responsable de la mission Dialogue citoyen
				Direction de la Communication et du Dialogue citoyen
				Tours Métropole Val de Loire
				60 avenue Marcel Dassault – 37206 Tours Cedex 3

				Anselme Rakotomalala
				Chargé de participation

				Le réseau réunit Rennes Métropole et Nantes Métropole.
				""", new NameLineFinder(), new RoleAffiliationFinder());
		assertThat(person(d, "Perrine Bouchard-Lemaire").affiliationId()).isEqualTo("tours");
		assertThat(person(d, "Anselme Rakotomalala").affiliationId()).isNull();
	}

	@Test
	void aBiographyBoxGivesEachTitleOfTheCareerUnderTheName() {
		ExtractedDocument d = found(
				"""
						> **BIO EXPRESS**
						>
						> **Soraya Lemonnier-Diallo**, 53 ans
						>
						> - 1996-2012 : professeure des écoles à Saint-Étienne-du-Rouvray
						> - 2014-2020 : adjointe au maire de Sotteville-lès-Rouen chargée de la vie des quartiers
						> - Depuis 2020 : vice-présidente de la Métropole Rouen Normandie ; conseillère municipale de Sotteville-lès-Rouen

						Elle a présidé la séance de 2019 : un souvenir.
						""",
				new NameLineFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Soraya Lemonnier-Diallo");
		assertThat(d.roles()).extracting((r) -> r.title() + " @ " + r.atId())
			.contains(
					"adjointe au maire de Sotteville-lès-Rouen chargée de la vie des quartiers @ ville-de-sotteville-les-rouen",
					"vice-présidente de la Métropole Rouen Normandie @ rouen-normandie")
			.hasSize(4);
		assertThat(d.attendance()).isEmpty();
	}

	@Test
	void aPagesCardIsANameHeadingWithItsTitleInTheParagraphUnder() {
		ExtractedDocument d = found("""
				## Gouvernance

				### Désiré Kabongo-Lemaire

				Co-président du réseau
				Vice-président de la Métropole de Lyon délégué à la participation citoyenne
				""", new NameLineFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Désiré Kabongo-Lemaire");
		assertThat(d.roles()).extracting((r) -> r.title()).contains("Co-président du réseau");
	}

	@Test
	void aDirectorysCardListsSeveralMandatesAndAnOfficeWithoutBodyIsThePagesMetropolis() {
		ExtractedDocument d = found("""
				- Ville de Strasbourg
				- Eurométropole
				- Accessibilité

				# Les élus

				L’Eurométropole de Strasbourg réunit 33 communes. Son conseil compte 99 conseillères et conseillers.

				## Les vice-présidentes et vice-présidents

				### Marc WENDLING

				2e vice-président, en charge des mobilités, des transports et du plan vélo

				Maire de Lingolsheim

				Groupe : Unis pour nos communes

				Écrire à l’élu
				""", new NameLineFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Marc Wendling");
		assertThat(d.roles()).extracting((r) -> r.title() + " @ " + r.atId())
			.containsExactlyInAnyOrder(
					"2e vice-président, en charge des mobilités, des transports et du plan vélo @ strasbourg",
					"Maire de Lingolsheim @ ville-de-lingolsheim");
	}

	@Test
	void aLineThatIsATitleOrASentenceIsNoCard() {
		ExtractedDocument d = found("""
				Ordre du jour
				Chargée de mission : présentation du bilan

				Merci Julie Marchand pour l'accueil
				Responsable du projet, elle a tout organisé.
				""", new NameLineFinder());
		assertThat(names(d)).isEmpty();
	}

	@Test
	void aSocialNetworksCommentGivesItsAuthorsHeadlineAsTitleAndBody() {
		ExtractedDocument d = found("""
				Joris Vanhoutte • 1er
				Chargé de projets participation | Métropole Européenne de Lille
				2 j
				Merci pour la mention !

				Aurélia Sánchez-Duprat • 2e
				Consultante senior chez Missions Publiques | Délibération, conventions citoyennes
				2 j
				Super restitution, merci !
				""", new NameLineFinder(), new RoleAffiliationFinder());
		assertThat(names(d)).containsExactly("Joris Vanhoutte", "Aurélia Sánchez-Duprat");
		assertThat(person(d, "Joris Vanhoutte").affiliationId()).isEqualTo("lille");
		assertThat(person(d, "Aurélia Sánchez-Duprat").affiliationId()).isEqualTo("missions-publiques");
		assertThat(d.roles()).extracting((r) -> r.title() + " @ " + r.atId())
			.containsExactlyInAnyOrder("Chargé de projets participation @ lille",
					"Consultante senior @ missions-publiques");
	}

	@Test
	void aCardWhoseTitleLineNamesAResearchUnitIsAffiliatedToIt() {
		ExtractedDocument d = found("""
				Héloïse Vandenbroucke-Amar
				Doctorante en science politique, CERAPS (UMR 8026, Université de Lille / CNRS)
				""", new NameLineFinder());
		assertThat(person(d, "Héloïse Vandenbroucke-Amar").affiliationId()).isEqualTo("ceraps");
	}

}
