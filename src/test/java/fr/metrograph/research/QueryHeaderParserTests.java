package fr.metrograph.research;

import org.junit.jupiter.api.Test;

import fr.metrograph.research.ResearchQuery.Type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryHeaderParserTests {

	private static final String TEXT = """
			// titre: Adhésions d'une métropole
			// description: Première ligne,
			// description: seconde ligne.
			// param: metropole (string, défaut: "brest") — identifiant de la métropole
			// param: annee (integer, défaut: null) — année
			// param: depuis (integer, défaut: 2020) -- première année
			// param: personne (string, obligatoire) — identifiant de la personne
			// colonne: annee — année
			// colonne: membre — vrai si membre
			MATCH (m:Metropolis {id: $metropole}) RETURN m.id AS annee, true AS membre
			// colonne: ignored — after the header
			""";

	@Test
	void readsTitleDescriptionParametersAndColumns() {
		ResearchQuery query = QueryHeaderParser.parse("adhesions", TEXT);
		assertThat(query.title()).isEqualTo("Adhésions d'une métropole");
		assertThat(query.description()).isEqualTo("Première ligne, seconde ligne.");
		assertThat(query.parameters()).extracting(ResearchQuery.Parameter::name)
			.containsExactly("metropole", "annee", "depuis", "personne");
		assertThat(query.parameters().get(0).defaultValue()).isEqualTo("brest");
		assertThat(query.parameters().get(1).defaultValue()).isNull();
		assertThat(query.parameters().get(1).required()).isFalse();
		assertThat(query.parameters().get(2).defaultValue()).isEqualTo(2020L);
		assertThat(query.parameters().get(2).type()).isEqualTo(Type.INTEGER);
		assertThat(query.parameters().get(3).required()).isTrue();
		assertThat(query.columns()).extracting(ResearchQuery.Column::name).containsExactly("annee", "membre");
		assertThat(query.cypher()).isEqualTo(TEXT);
	}

	@Test
	void refusesAHeaderWithoutColumnsOrWithAMalformedParameter() {
		assertThatThrownBy(() -> QueryHeaderParser.parse("x", "// titre: T\n// description: D\nRETURN 1"))
			.hasMessageContaining("colonne");
		assertThatThrownBy(() -> QueryHeaderParser.parse("x",
				"// titre: T\n// description: D\n// param: a (date, défaut: 1) — d\n// colonne: a — b\n"))
			.hasMessageContaining("malformed");
		assertThatThrownBy(() -> QueryHeaderParser.parse("x",
				"// titre: T\n// description: D\n// param: a (integer, défaut: abc) — d\n// colonne: a — b\n"))
			.hasMessageContaining("bad default");
	}

}
