package fr.metrograph.cypher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherErrorsTests {

	@Test
	void givesTheSyntaxErrorInFrenchAtItsPositionInTheResearchersText() {
		String neo4j = "Invalid input 'RETURN': expected a parameter, '&', ')', ':', 'WHERE', '{' or '|' "
				+ "(line 1, column 29 (offset: 28))\n\"EXPLAIN MATCH (m:Metropolis RETURN m\"\n"
				+ "                             ^";
		CypherErrors.Translated french = CypherErrors.syntax(neo4j, "MATCH (m:Metropolis RETURN m", true);
		assertThat(french.position()).isEqualTo(new CypherErrors.Position(1, 21));
		assertThat(french.message()).isEqualTo("Erreur dans la requête (ligne 1, colonne 21) : entrée inattendue "
				+ "« RETURN » ; attendu : un paramètre, '&', ')', ':', 'WHERE', '{' ou '|'.\n"
				+ "MATCH (m:Metropolis RETURN m\n" + "                    ^");
	}

	@Test
	void leavesColumnsOfLaterLinesAsTheyAre() {
		String neo4j = "Invalid input '=': expected an expression (line 2, column 14 (offset: 42))\n\"WHERE m.id = = 1\"";
		CypherErrors.Translated french = CypherErrors.syntax(neo4j, "MATCH (m:Metropolis)\nWHERE m.id = = 1 RETURN m",
				true);
		assertThat(french.position()).isEqualTo(new CypherErrors.Position(2, 14));
		assertThat(french.message()).endsWith("WHERE m.id = = 1 RETURN m\n             ^");
	}

	@Test
	void namesWhatWasExpectedInFrench() {
		assertThat(
				CypherErrors.translate("Invalid input 'RETRUN': expected an expression, 'ORDER BY', 'RETURN' or <EOF>"))
			.isEqualTo(
					"entrée inattendue « RETRUN » ; attendu : une expression, 'ORDER BY', 'RETURN' ou la fin de la requête");
	}

	@Test
	void keepsNeo4jsWordingInsideAFrenchSentenceWhenItHasNoTranslation() {
		CypherErrors.Translated french = CypherErrors.syntax("Something odd happened.", "RETURN 1", false);
		assertThat(french.position()).isNull();
		assertThat(french.message()).isEqualTo("Erreur dans la requête : Neo4j indique « Something odd happened ».");
		assertThat(CypherErrors.translate("Variable `x` not defined")).isEqualTo("la variable « x » n'est pas définie");
	}

	@Test
	void explainsAShortestPathFromANodeToItself() {
		assertThat(ReadOnlyCypherRunner
			.executionMessage("The shortest path algorithm does not work when the start and end nodes are the same."))
			.startsWith("shortestPath() et allShortestPaths() ne peuvent pas relier un nœud à lui-même");
	}

}
