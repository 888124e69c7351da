package fr.metrograph.ingest.find.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role title as read ends where the role ends: never an e-mail address, a date or the
 * words of a web page's navigation. Each answer was written before the code.
 */
class RoleTitlesTests {

	@Test
	void aTitleStopsBeforeAnEmailAddress() {
		assertThat(RoleTitles.clean("chargé de mission - jean.dupont@example.org")).isEqualTo("chargé de mission");
		assertThat(RoleTitles.clean("directrice, contact : a.b@metropole.fr")).isEqualTo("directrice");
	}

	@Test
	void aTitleStopsBeforeADateAndTheWordsThatLeadToIt() {
		assertThat(RoleTitles.clean("responsable du service participation à la Mardi 3 mai 2022"))
			.isEqualTo("responsable du service participation");
		assertThat(RoleTitles.clean("vice-présidente, le 12 mars 2023")).isEqualTo("vice-présidente");
		// a byline: "Par Damien Ollagnier Le 18/10/2025 à 06:00"
		assertThat(RoleTitles.clean("Le 18/10/2025 à 06:00, mis à jour le 18/10/2025")).isEmpty();
	}

	@Test
	void aSittingsTallyIsNoTitleButAnOrdinalOrANumberIsPartOfOne() {
		assertThat(RoleTitles.clean("Membres en exercice 70 Présents 51 Pouvoirs 13 Absents 6 Votants 64")).isEmpty();
		assertThat(RoleTitles.clean("adjointe au maire du 8e arrondissement"))
			.isEqualTo("adjointe au maire du 8e arrondissement");
		assertThat(RoleTitles.clean("vice-président n° 2")).isEqualTo("vice-président n° 2");
		assertThat(RoleTitles.clean("conseillère déléguée, point 2 (25 min)"))
			.isEqualTo("conseillère déléguée, point 2 (25 min)");
		assertThat(RoleTitles.clean("vice-président chargé du débat public de 2014 à 2026")).isNotEmpty();
	}

	@Test
	void aTitleWrappedOverLinesIsOneLineAndStopsBeforeAQuotationAfterAColon() {
		assertThat(RoleTitles.clean("chargé de\nmission participation citoyenne à\nTPM"))
			.isEqualTo("chargé de mission participation citoyenne à TPM");
		assertThat(RoleTitles.clean("vice-président de TPM délégué au Plan climat : « Le Plan climat"))
			.isEqualTo("vice-président de TPM délégué au Plan climat");
		assertThat(RoleTitles.clean("chargée du projet « Fabrique citoyenne »"))
			.isEqualTo("chargée du projet « Fabrique citoyenne »");
	}

	@Test
	void aTitleStopsBeforeTheNavigationOfAWebPage() {
		assertThat(RoleTitles.clean("Direction du dialogue citoyen Nous contacter Mentions légales Cookies"))
			.isEqualTo("Direction du dialogue citoyen");
		assertThat(RoleTitles.clean("chargée de mission Partager Imprimer")).isEqualTo("chargée de mission");
	}

	@Test
	void aTitleStopsBeforeSinceWhenItIsHeldAndBeforeALinkToReadMore() {
		assertThat(RoleTitles.clean("présidente depuis 2017")).isEqualTo("présidente");
		assertThat(RoleTitles.clean("conseiller délégué depuis mars 2020")).isEqualTo("conseiller délégué");
		assertThat(RoleTitles.clean("Chargée de mission dialogue citoyen En savoir plus"))
			.isEqualTo("Chargée de mission dialogue citoyen");
		assertThat(RoleTitles.clean("chargé de mission depuis la création du service"))
			.isEqualTo("chargé de mission depuis la création du service");
	}

	@Test
	void anOrdinaryTitleIsKeptAsWritten() {
		assertThat(RoleTitles.clean("Vice-présidente de Rennes Métropole en charge de la participation citoyenne"))
			.isEqualTo("Vice-présidente de Rennes Métropole en charge de la participation citoyenne");
		assertThat(RoleTitles.clean("Adjoint au maire de Saint-Denis")).isEqualTo("Adjoint au maire de Saint-Denis");
		assertThat(RoleTitles.clean("Directrice de la publication")).isEqualTo("Directrice de la publication");
	}

	@Test
	void aTitleThatWasOnlyDebrisIsEmpty() {
		assertThat(RoleTitles.clean("contact@example.org")).isEmpty();
		assertThat(RoleTitles.clean("Nous contacter")).isEmpty();
	}

	@Test
	void aTitleStopsBeforeWhenItWasHeldInParentheses() {
		assertThat(RoleTitles.clean("Responsable du pôle réseaux (jusqu'en juin 2021)"))
			.isEqualTo("Responsable du pôle réseaux");
		assertThat(RoleTitles.clean("Responsable du pôle réseaux (depuis septembre 2021)"))
			.isEqualTo("Responsable du pôle réseaux");
	}

	@Test
	void twoMandatesJoinedByEtAreTwoTitles() {
		assertThat(RoleTitles
			.mandates("président de la Métropole Toulon Provence Méditerranée et maire de Six-Fours-les-Plages"))
			.containsExactly("président de la Métropole Toulon Provence Méditerranée", "maire de Six-Fours-les-Plages");
		assertThat(RoleTitles.mandates("vice-présidente chargée de l'eau et de l'assainissement"))
			.containsExactly("vice-présidente chargée de l'eau et de l'assainissement");
		assertThat(RoleTitles.mandates("conseillère municipale et conseillère métropolitaine déléguée"))
			.containsExactly("conseillère municipale", "conseillère métropolitaine déléguée");
	}

	@Test
	void aNewTitleIsTheTitle() {
		assertThat(RoleTitles.clean("nouveau vice-président en charge de la démocratie participative"))
			.isEqualTo("vice-président en charge de la démocratie participative");
		assertThat(RoleTitles.clean("Nouvelle directrice")).isEqualTo("directrice");
	}

}
