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

}
