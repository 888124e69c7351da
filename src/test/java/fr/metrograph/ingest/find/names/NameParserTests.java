package fr.metrograph.ingest.find.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Person names at the start of a line and in prose. */
class NameParserTests {

	@Test
	void personLineParser() {
		NameParser p = new NameParser((w) -> w.equals("ICPC") || w.equals("MEL"));
		assertThat(p.atStart("Mme. Christelle SCUOTTO-CALVEZ", false))
			.hasValueSatisfying((n) -> assertThat(n.display()).isEqualTo("Christelle Scuotto-Calvez"));
		assertThat(p.atStart("FERRIER Amandine", true))
			.hasValueSatisfying((n) -> assertThat(n.display()).isEqualTo("Amandine Ferrier"));
		assertThat(p.atStart("Direction Démocratie & Stratégie", false)).isEmpty();
		assertThat(p.atStart("Citoyenne ICPC", false)).isEmpty();
		assertThat(p.findAll("réunis salle Jean Monnet avec Paul Durand")).extracting((n) -> n.display())
			.containsExactly("Paul Durand");
		assertThat(p.findAll("Pour Mme Troadec, l'enjeu")).singleElement()
			.satisfies((n) -> assertThat(n.surnameOnly()).isTrue());
	}

}
