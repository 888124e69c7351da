package fr.metrograph.copresence;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.metrograph.copresence.OneModeProjection.Weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OneModeProjectionTests {

	// a, b, c at e1 (3 people); a, b at e2 (2 people); d alone at e3.
	private final TwoModeData data = TwoModeData.builder()
		.add("a", "e1")
		.add("b", "e1")
		.add("c", "e1")
		.add("a", "e2")
		.add("b", "e2")
		.add("d", "e3")
		.build();

	@Test
	void countsSharedEvents() {
		WeightedGraph graph = new OneModeProjection(Weighting.COUNT, 0).project(this.data);
		assertThat(graph.nodeCount()).isEqualTo(4);
		assertThat(graph.edgeCount()).isEqualTo(3);
		assertThat(graph.weight(0, 1)).isEqualTo(2.0);
		assertThat(graph.weight(0, 2)).isEqualTo(1.0);
		assertThat(graph.weight(1, 2)).isEqualTo(1.0);
		assertThat(graph.degree(3)).isZero();
		assertThat(graph.neighbours(0)).containsExactly(1, 2);
		assertThat(graph.neighbours(2)).containsExactly(0, 1);
	}

	@Test
	void weighsByNewmanWhereAnEventOfOneContributesNothing() {
		WeightedGraph graph = new OneModeProjection(Weighting.NEWMAN, 0).project(this.data);
		// a-b: 1/(3-1) + 1/(2-1) = 1.5; a-c and b-c: 1/2.
		assertThat(graph.weight(0, 1)).isCloseTo(1.5, within(1e-12));
		assertThat(graph.weight(0, 2)).isCloseTo(0.5, within(1e-12));
		assertThat(graph.strength(0)).isCloseTo(2.0, within(1e-12));
		assertThat(graph.strength(3)).isZero();
	}

	@Test
	void dropsEdgesUnderTheMinimumWeightButKeepsTheirNodes() {
		WeightedGraph graph = new OneModeProjection(Weighting.COUNT, 2).project(this.data);
		assertThat(graph.nodeCount()).isEqualTo(4);
		assertThat(graph.edgeCount()).isEqualTo(1);
		assertThat(graph.weight(0, 1)).isEqualTo(2.0);
	}

	@Test
	void multipliesPairWeights() {
		TwoModeData weighted = TwoModeData.builder().add("a", "e", 2).add("b", "e", 3).build();
		assertThat(new OneModeProjection(Weighting.COUNT, 0).project(weighted).weight(0, 1)).isEqualTo(6.0);
	}

	@Test
	void projectsEmptyDataToAnEmptyGraph() {
		WeightedGraph graph = new OneModeProjection(Weighting.COUNT, 0).project(TwoModeData.builder().build());
		assertThat(graph.nodeCount()).isZero();
		assertThat(graph.edgeCount()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "COUNT, 0, false", "COUNT, 2, false", "NEWMAN, 0, false", "NEWMAN, 0.3, false", "COUNT, 0, true",
			"NEWMAN, 0, true", "NEWMAN, 1.5, true" })
	void givesTheSameGraphOnOneThreadOrSplitAsThePairByPairDefinition(Weighting weighting, double minWeight,
			boolean weighted) {
		TwoModeData data = random(weighted);
		WeightedGraph serial = new OneModeProjection(weighting, minWeight, Long.MAX_VALUE).project(data);
		WeightedGraph split = new OneModeProjection(weighting, minWeight, 0).project(data);
		assertThat(split.start()).isEqualTo(serial.start());
		assertThat(split.targets()).isEqualTo(serial.targets());
		assertThat(split.weights()).isEqualTo(serial.weights());
		// The definition, pair by pair: the terms (w_a·f)·w_b of the shared events,
		// ascending.
		long edges = 0;
		for (int a = 0; a < data.actorCount(); a++) {
			for (int b = a + 1; b < data.actorCount(); b++) {
				double w = 0;
				for (int e : data.sharedEvents(a, b)) {
					double f = (data.eventSize(e) < 2) ? 0
							: (weighting == Weighting.NEWMAN) ? 1.0 / (data.eventSize(e) - 1) : 1.0;
					w += (weight(data, a, e) * f) * weight(data, b, e);
				}
				if (w > 0 && w >= minWeight) {
					edges++;
					assertThat(serial.weight(a, b)).isEqualTo(w);
					assertThat(serial.weight(b, a)).isEqualTo(w);
				}
				else {
					assertThat(serial.weight(a, b)).isZero();
				}
			}
		}
		assertThat(serial.edgeCount()).isEqualTo(edges);
	}

	/** 300 people at 120 meetings of 1 to 30, some weights other than 1. */
	private static TwoModeData random(boolean weighted) {
		SplittableRandom random = new SplittableRandom(7);
		TwoModeData.Builder builder = TwoModeData.builder();
		for (int e = 0; e < 120; e++) {
			int size = 1 + random.nextInt(30);
			for (int i = 0; i < size; i++) {
				double weight = weighted ? 0.5 + random.nextInt(4) * 0.7 : 1;
				builder.add("p" + random.nextInt(300), "e" + e, weight);
			}
		}
		return builder.build();
	}

	private static double weight(TwoModeData data, int actor, int event) {
		int k = Arrays.binarySearch(data.eventActors(), data.eventStart()[event], data.eventStart()[event + 1], actor);
		return (data.eventWeights() != null) ? data.eventWeights()[k] : 1.0;
	}

	@Test
	void rejectsNegativeMinimumWeight() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OneModeProjection(Weighting.COUNT, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new OneModeProjection(null, 0));
	}

}
