package fr.metrograph.ingest.find.people;

import org.junit.jupiter.api.Test;

import fr.metrograph.reference.BodyMatch;

import static fr.metrograph.ingest.find.FinderHarness.context;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentMetropolisTests {

	private static final String STAMPS = """
			Envoyé en préfecture le 28/09/2023
			Reçu en préfecture le 28/09/2023
			Publié le 28/09/2023
			ID : 037-243700754-20230925-CM2023092514-DE

			RÉPUBLIQUE FRANÇAISE
			Département d'Indre-et-Loire

			""";

	@Test
	void theLetterheadOfAnOfficialPaperMayComeAfterItsStampsAndFormulas() {
		DocumentMetropolis metropolis = new DocumentMetropolis(context(STAMPS + """
				TOURS MÉTROPOLE VAL DE LOIRE

				EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE LA MÉTROPOLE

				Le réseau réunit Rennes Métropole, la Métropole de Lyon et Nantes Métropole.
				"""));
		assertThat(metropolis.owner()).map(BodyMatch::id).contains("tours");
	}

	@Test
	void aLogosWordsOnTwoLinesAreTheLetterhead() {
		DocumentMetropolis metropolis = new DocumentMetropolis(context("""
				BREST
				métropole
				Hôtel de métropole – 24, rue Coat-ar-Guéven – 29238 BREST Cedex 2
				RÉPUBLIQUE FRANÇAISE
				Département du Finistère
				EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
				CONSEIL DE LA MÉTROPOLE

				Le réseau réunit Rennes Métropole, la Métropole de Lyon et Nantes Métropole.
				"""));
		assertThat(metropolis.owner()).map(BodyMatch::id).contains("brest");
		assertThat(metropolis.letterhead()).map(BodyMatch::id).contains("brest");
	}

	@Test
	void pastSixLinesOnlyShortLinesThatFollowNoNamedMetropolisAreTheLetterhead() {
		String prose = "Le Conseil s'est réuni sous la présidence de M. Bertrand FOUCHÉ-LAVAL, à l'Hôtel "
				+ "métropolitain, et a délibéré sur l'adhésion au réseau.\n\nTOURS MÉTROPOLE VAL DE LOIRE\n";
		assertThat(new DocumentMetropolis(context(STAMPS + prose)).owner()).isEmpty();
		String twoNamed = """
				Le magazine de la Métropole Toulon Provence Méditerranée
				Édito
				Sommaire
				Dossier
				Portraits
				Agenda

				Le plan climat s'inspire des assemblées de Rennes Métropole.
				""";
		assertThat(new DocumentMetropolis(context(twoNamed)).owner()).map(BodyMatch::id).contains("toulon");
	}

}
