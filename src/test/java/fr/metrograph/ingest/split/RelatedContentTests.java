package fr.metrograph.ingest.split;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The related articles and comments of a web page, whose dates date no meeting. */
class RelatedContentTests {

	@Test
	void aMarkdownHeadingOfRelatedArticlesRunsToTheNextHeadingOfItsLevelAndTakesItsSubheadings() {
		TextLines doc = TextLines.of("""
				# Rencontre des élus à Nancy
				La rencontre s'est tenue le 12 décembre 2024.
				## Vous aimerez aussi
				### PLUi de Tours Métropole : 18 mois de concertation
				4 novembre 2024
				### 2 commentaires sur « Rencontre des élu·es des métropoles participatives à Nancy, un compte rendu »
				19 décembre 2024 à 9 h 14 min
				## Agenda
				- 23 janvier 2025 · Webinaire « Concerter en période pré-électorale »
				""");
		BitSet related = RelatedContent.lines(doc);
		assertThat(related.stream().toArray()).containsExactly(3, 4, 5, 6, 7);
	}

	@Test
	void aPlainHeadingRunsOverTheTeasersRightBelowIt() {
		TextLines doc = TextLines
			.of("""
					À lire aussi :
					- Firminy : l'assemblée citoyenne fête ses deux ans Le 03/10/2025
					Budget participatif : 214 projets déposés
					Le 02/10/2025

					Prochains événements
					28/03/2024 - Webinaire « Participation et plans climat » - en ligne
					Lire aussi
					Les élus de quinze métropoles se sont retrouvés à Saint-Étienne pour parler de leurs conventions citoyennes et de leurs budgets.
					""");
		assertThat(RelatedContent.lines(doc).stream().toArray()).containsExactly(1, 2, 3, 4, 8);
	}

	@Test
	void headingsOfTheArticlesOwnSectionsAreNone() {
		assertThat(RelatedContent.isHeading("Sur le même sujet")).isTrue();
		assertThat(RelatedContent.isHeading("**Les plus lus**")).isTrue();
		assertThat(RelatedContent.isHeading("7 commentaires")).isTrue();
		assertThat(RelatedContent.isHeading("Ce que nous en retenons")).isFalse();
		assertThat(RelatedContent.isHeading("Agenda")).isFalse();
		assertThat(RelatedContent.isHeading("Actualités")).isFalse();
		assertThat(RelatedContent.isHeading("Les articles de la loi sur la démocratie de proximité")).isFalse();
	}

}
