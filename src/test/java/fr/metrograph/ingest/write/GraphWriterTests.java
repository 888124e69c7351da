package fr.metrograph.ingest.write;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphWriterTests {

	@Test
	void keepsOneFactPerKeyTheLastStatedInThePlaceOfTheFirst() {
		List<String> facts = List.of("a:1", "b:1", "a:2", "c:1", "b:2");
		assertThat(GraphWriter.lastPerKey(facts, (f) -> f.substring(0, 1))).containsExactly("a:2", "b:2", "c:1");
	}

	@Test
	void leavesFactsWithDistinctKeysAsTheyAre() {
		List<String> facts = List.of("a:1", "b:1");
		assertThat(GraphWriter.lastPerKey(facts, (f) -> f.substring(0, 1))).isSameAs(facts);
	}

	@Test
	void aNewPersonsListsAreSortedWithoutDuplicatesUnlessNeo4jCouldOrderThemOtherwise() {
		assertThat(GraphWriter.sortedDistinct(java.util.Arrays.asList("Élodie B", "Agnès C", null, "Agnès C")))
			.containsExactly("Agnès C", "Élodie B");
		assertThat(GraphWriter.sortedDistinct(null)).isEmpty();
		// a character outside the BMP: the statement merges the lists itself
		assertThat(GraphWriter.sortedDistinct(List.of("Zoé", "Ana \uD835\uDC00"))).isNull();
	}

}
