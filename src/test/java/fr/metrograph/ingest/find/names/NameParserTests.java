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

	@Test
	void surnamesWithParticlesAndApostrophesAreWhole() {
		NameParser p = new NameParser((w) -> w.equals("ICPC"));
		assertThat(p.findAll("a lancé Marie-Hélène de La Tour. Puis Karim Ben Saïd, Sophie Van den Berghe, "
				+ "Jean d'Ormesson-Petit, Inès Da Silva et Julie N'Guessan ont parlé"))
			.extracting(ParsedName::name)
			.containsExactly("Marie-Hélène de La Tour", "Karim Ben Saïd", "Sophie Van den Berghe",
					"Jean d'Ormesson-Petit", "Inès Da Silva", "Julie N'Guessan");
		assertThat(p.atStart("Mme Anne Le Goff (Nantes Métropole)", false))
			.hasValueSatisfying((n) -> assertThat(n.name()).isEqualTo("Anne Le Goff"));
		assertThat(p.findAll("Pour Mme de La Tour, l'enjeu")).singleElement()
			.satisfies((n) -> assertThat(n.name()).isEqualTo("de La Tour"));
		// a particle is not read after the surname
		assertThat(p.findAll("Julie Marchand de Rennes Métropole")).extracting(ParsedName::name)
			.containsExactly("Julie Marchand");
	}

	@Test
	void aLowerCaseParticleMayStandBeforeASurnameInCapitals() {
		NameParser p = new NameParser((w) -> w.equals("ICPC"));
		assertThat(p.atStart("Mme Sophie de LA BOURDONNAYE, M. Karim BENSALEM", false))
			.hasValueSatisfying((n) -> assertThat(n.display()).isEqualTo("Sophie de La Bourdonnaye"));
		assertThat(p.findAll("présents : Arnaud du PLESSIS-GOUIN et Inès BOUAZIZ")).extracting(ParsedName::display)
			.containsExactly("Arnaud du Plessis-Gouin", "Inès Bouaziz");
		// without an honorific or a known first name, a heading
		assertThat(p.atStart("Journée de CLÔTURE", false)).isEmpty();
		assertThat(p.atStart("Sophie de ICPC", false)).isEmpty();
	}

	@Test
	void twoOrThreeGivenNamesMayStandBeforeASurnameInCapitals() {
		NameParser p = new NameParser((w) -> false);
		assertThat(p.atStart("- Thi Thu Hà PHAM (Métropole de Lyon)", false))
			.hasValueSatisfying((n) -> assertThat(n.display()).isEqualTo("Thi Thu Hà Pham"));
		assertThat(p.findAll("la présentation de Marie Anne Sophie DURAND, puis")).extracting(ParsedName::display)
			.containsExactly("Marie Anne Sophie Durand");
		assertThat(p.atStart("Ordre Du JOUR", false)).isEmpty();
		assertThat(p.findAll("Mme la Vice-Présidente Gaëlle TROADEC (Rennes Métropole)"))
			.extracting(ParsedName::display)
			.containsExactly("Gaëlle Troadec");
	}

	@Test
	void aSurnameOfThreeWordsWithoutHyphenIsWholeBeforeADash() {
		NameParser p = new NameParser((w) -> false);
		assertThat(p.atStart("Jean-Baptiste Nguyen Van Long – chef de projet", false))
			.hasValueSatisfying((n) -> assertThat(n.name()).isEqualTo("Jean-Baptiste Nguyen Van Long"));
	}

	@Test
	void partsOfCompoundWordsAndPlacesAreNoFirstNames() {
		NameParser p = new NameParser((w) -> false);
		assertThat(p.findAll("avec Lou-Anne Rivière (Décider ensemble)")).extracting(ParsedName::name)
			.containsExactly("Lou-Anne Rivière");
		assertThat(p.findAll("Les 3 et 4 avril à Saint-Étienne Rencontres nationales")).isEmpty();
		assertThat(p.knowing((w) -> w.equals("Léon")).findAll("50 place Zeus – Tram ligne 1, arrêt Léon Blum"))
			.isEmpty();
	}

	@Test
	void initialsStandForAFirstNameOnlyWhenTheyCannotBeAnythingElse() {
		NameParser p = new NameParser((w) -> false);
		assertThat(p.atStart("- J.-P. Martin, Saint-Étienne Métropole", false))
			.hasValueSatisfying((n) -> assertThat(n.name()).isEqualTo("J.-P. Martin"));
		assertThat(p.findAll("Compte rendu : S. MARCHETTI (ICPC)")).extracting(ParsedName::name)
			.containsExactly("S. MARCHETTI");
		assertThat(p.findAll("A. Budgets participatifs, animé par Romain Castel")).extracting(ParsedName::name)
			.containsExactly("Romain Castel");
		assertThat(p.findAll("Par F. K. Publié le 3 mars")).isEmpty();
	}

	@Test
	void aParserKnowingMoreGivenNamesTakesTheirTitleCaseNamesInProse() {
		NameParser p = new NameParser((w) -> false);
		assertThat(p.findAll("Bérengère Lachaud ouvre la séance")).isEmpty();
		assertThat(p.knowing((w) -> w.equals("Bérengère")).findAll("Bérengère Lachaud ouvre la séance"))
			.extracting(ParsedName::name)
			.containsExactly("Bérengère Lachaud");
	}

	@Test
	void aCompoundNameWithoutHyphenIsReadWholeWhereANameEnds() {
		NameParser p = new NameParser((w) -> w.equals("ICPC"));
		assertThat(p.findAll("Bienvenue à Julie Fernández Ruiz, qui rejoint la Métropole")).extracting(ParsedName::name)
			.containsExactly("Julie Fernández Ruiz");
		assertThat(p.atStart("Dr Nour El Houda Mansouri, sociologue", false))
			.hasValueSatisfying((n) -> assertThat(n.name()).isEqualTo("Nour El Houda Mansouri"));
		// the next line's first word, a title or a first name is not part of the name
		assertThat(p.findAll("Par Julie Quéré Publié le 13/10/2023")).extracting(ParsedName::name)
			.containsExactly("Julie Quéré");
		assertThat(p.findAll("avec Julie Marchand Chargée de mission, et Paul Durand Sophie, puis"))
			.extracting(ParsedName::name)
			.containsExactly("Julie Marchand", "Paul Durand");
	}

	@Test
	void aParticleRightAfterAnHonorificStartsASurname() {
		NameParser p = new NameParser((w) -> false);
		assertThat(p.findAll("Mme Van der Meulen propose un atelier")).singleElement().satisfies((n) -> {
			assertThat(n.surnameOnly()).isTrue();
			assertThat(n.name()).isEqualTo("Van der Meulen");
		});
	}

}
