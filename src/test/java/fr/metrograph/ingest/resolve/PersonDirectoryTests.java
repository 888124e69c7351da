package fr.metrograph.ingest.resolve;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonDirectoryTests {

	@Test
	void resolvesTheSameNormalisedNameToTheKnownPerson() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		PersonDirectory.Resolution resolution = directory
			.resolve(PersonDirectory.mention("Mme. Christelle SCUOTTO-CALVEZ", null));
		assertThat(resolution.id()).isEqualTo("christelle-scuotto-calvez");
		assertThat(resolution.conflict()).isNull();
	}

	@Test
	void mergesACloseSpellingWithTheSameAffiliationAndRecordsIt() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		PersonDirectory.Resolution resolution = directory
			.resolve(PersonDirectory.mention("Christelle Scutto-Calvez", "nantes"));
		assertThat(resolution.id()).isEqualTo("christelle-scuotto-calvez");
		assertThat(resolution.conflict()).isNotNull();
		assertThat(resolution.conflict().type()).isEqualTo("name_variant");
	}

	@Test
	void keepsACloseSpellingApartWithoutACommonAffiliation() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		assertThat(directory.resolve(PersonDirectory.mention("Christelle Scutto-Calvez", "lyon")).id())
			.isEqualTo("christelle-scutto-calvez");
	}

	@Test
	void neverMergesDifferentFirstNames() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("marie-lefebvre", "Marie Lefebvre", List.of(), List.of("lille"));
		assertThat(directory.resolve(PersonDirectory.mention("Marc Lefebvre", "lille")).id())
			.isEqualTo("marc-lefebvre");
	}

	@Test
	void followsTheCuratorsMergesAndSplits() {
		Curation curation = new Curation(List.of(),
				new Curation.PeopleCuration(List.of(new Curation.Merge("Yohan Le Cocq", List.of("Y. Le Coq"), null)),
						List.of(List.of("Christelle Scuotto-Calvez", "Christelle Scutto-Calvez"))),
				"h");
		PersonDirectory directory = new PersonDirectory(curation);
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		assertThat(directory.resolve(PersonDirectory.mention("Y. Le Coq", null)).id()).isEqualTo("yohan-le-cocq");
		assertThat(directory.resolve(PersonDirectory.mention("Christelle Scutto-Calvez", "nantes")).id())
			.isEqualTo("christelle-scutto-calvez");
	}

}
