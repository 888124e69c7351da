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

}
