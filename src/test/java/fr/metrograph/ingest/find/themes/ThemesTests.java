package fr.metrograph.ingest.find.themes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Theme labels, ids and the lexicon. */
class ThemesTests {

	@Test
	void themesNormalise() {
		assertThat(Themes.normalise("Les CCSPL")).isEqualTo("CCSPL");
		assertThat(Themes.normalise("Les Conseils de développements : étude")).isEqualTo("Conseils de développement");
		assertThat(Themes.normalise("statut du citoyen participant...")).isEqualTo("Statut du citoyen participant");
		assertThat(Themes.normalise("l'écriture de délibérations cadres"))
			.isEqualTo("Écriture de délibérations cadres");
		assertThat(Themes.id("Les accords-cadres")).isEqualTo("accords-cadres");
		assertThat(Themes.known("sur la base d'une saisine citoyenne et d'un panel citoyen"))
			.containsExactly("Saisine citoyenne", "Panel citoyen");
	}

}
