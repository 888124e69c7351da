package fr.metrograph.reference;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTests {

	private static ReferenceData ref;

	@BeforeAll
	static void load() throws Exception {
		ref = ReferenceData.load(Path.of("data/reference"));
	}

	@Test
	void loadsBothLists() {
		assertThat(ref.metropolises()).hasSize(33);
		assertThat(ref.organization("icpc")).isPresent();
	}

	@Test
	void resolvesVariantsIgnoringCaseAccentsHyphens() {
		assertThat(ref.resolve("Grenoble Alpes Métropole"))
			.hasValueSatisfying((b) -> assertThat(b.id()).isEqualTo("grenoble-alpes"));
		assertThat(ref.resolve("GRENOBLE-ALPES METROPOLE"))
			.hasValueSatisfying((b) -> assertThat(b.id()).isEqualTo("grenoble-alpes"));
		assertThat(ref.resolve("Métropole Clermont Auvergne"))
			.hasValueSatisfying((b) -> assertThat(b.id()).isEqualTo("clermont-auvergne"));
		assertThat(ref.resolve("la MEL")).hasValueSatisfying((b) -> assertThat(b.id()).isEqualTo("lille"));
		assertThat(ref.find("le mel du jour")).isEmpty();
	}

	@Test
	void longestMatchWins() {
		assertThat(ref.find("Vallée Sud - Grand Paris et Grand Paris")).extracting(BodyMatch::id)
			.containsExactly("vallee-sud-grand-paris", "grand-paris");
		assertThat(ref.find("Grand Paris Seine Ouest")).extracting(BodyMatch::id)
			.containsExactly("grand-paris-seine-ouest");
	}

	@Test
	void bareCityIsTheCommuneAfterMaireDeOrVilleDe() {
		assertThat(ref.find("adjointe au maire de Bordeaux")).singleElement()
			.satisfies((b) -> assertThat(b.isBody()).isFalse());
		assertThat(ref.find("la Ville de Nantes")).singleElement().satisfies((b) -> assertThat(b.isBody()).isFalse());
		assertThat(ref.find("en présentiel à Toulouse")).singleElement()
			.satisfies((b) -> assertThat(b.isBody()).isFalse());
		assertThat(ref.find("Université Toulouse Capitole")).singleElement()
			.satisfies((b) -> assertThat(b.isBody()).isFalse());
		assertThat(ref.find("les agent·es de : Bordeaux, Grenoble")).allMatch(BodyMatch::isBody).hasSize(2);
		assertThat(ref.find("Bordeaux Métropole")).singleElement().satisfies((b) -> assertThat(b.bareCity()).isFalse());
		assertThat(ref.find("les passages successifs")).isEmpty();
		assertThat(ref.find("le Grand Débat national")).isEmpty();
	}

	@Test
	void aBareCityReadsAsTheMetropolisOnlyInAMetropolitanContext() {
		assertThat(ref.find("la métropole de Nancy")).singleElement()
			.satisfies((b) -> assertThat(b.isBodyInText()).isTrue());
		assertThat(reading("premier vice-président de Grenoble")).isEqualTo(BodyMatch.Reading.METROPOLIS);
		assertThat(reading("vice-présidente de Rennes")).isEqualTo(BodyMatch.Reading.METROPOLIS);
		assertThat(reading("conseillère métropolitaine de Grenoble")).isEqualTo(BodyMatch.Reading.METROPOLIS);
		assertThat(reading("adjointe au maire de Bordeaux")).isEqualTo(BodyMatch.Reading.CITY);
		assertThat(reading("une réunion à Lyon")).isEqualTo(BodyMatch.Reading.CITY);
		assertThat(reading("Grenoble a lancé son budget participatif")).isEqualTo(BodyMatch.Reading.PLAIN);
		assertThat(ref.find("Grenoble a lancé")).singleElement().satisfies((b) -> {
			assertThat(b.isCityInText()).isTrue();
			assertThat(b.isBody()).isTrue();
		});
	}

	@Test
	void aTerritorysNameInsideAnOrganisationsNameIsPartOfThatName() {
		assertThat(reading("le conseil de développement de Metz Métropole")).isEqualTo(BodyMatch.Reading.PART_OF_NAME);
		assertThat(reading("Conseil de développement de la Métropole de Lyon"))
			.isEqualTo(BodyMatch.Reading.PART_OF_NAME);
		assertThat(reading("l'Université Clermont Auvergne")).isEqualTo(BodyMatch.Reading.PART_OF_NAME);
		assertThat(reading("Université Toulouse Capitole")).isEqualTo(BodyMatch.Reading.PART_OF_NAME);
		assertThat(ref.find("Université Toulouse Capitole")).allSatisfy((b) -> {
			assertThat(b.isBody()).isFalse();
			assertThat(b.isBodyInText()).isFalse();
			assertThat(b.isCityInText()).isFalse();
		});
	}

	@Test
	void aSeatThatIsNoAliasIsOnlyEverTheCity() {
		assertThat(ref.find("une journée à Paris")).singleElement().satisfies((b) -> {
			assertThat(b.id()).isEqualTo("grand-paris");
			assertThat(b.isBody()).isFalse();
			assertThat(b.isCityInText()).isTrue();
		});
		assertThat(ref.find("les agent·es de : Paris")).noneMatch(BodyMatch::isBody);
		assertThat(ref.find("la Métropole du Grand Paris")).singleElement()
			.satisfies((b) -> assertThat(b.isBodyInText()).isTrue());
	}

	@Test
	void aNameInCapitalsEndsAHeadingRatherThanStartingAnotherName() {
		assertThat(reading("JEUDI 21 MARS 2019 - GRENOBLE Accueillies par")).isEqualTo(BodyMatch.Reading.PLAIN);
	}

	private static BodyMatch.Reading reading(String text) {
		return ref.find(text).get(0).reading();
	}

}
