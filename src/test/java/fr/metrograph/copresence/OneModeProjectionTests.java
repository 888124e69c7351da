package fr.metrograph.copresence;

import org.junit.jupiter.api.Test;

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

	@Test
	void rejectsNegativeMinimumWeight() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OneModeProjection(Weighting.COUNT, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> new OneModeProjection(null, 0));
	}

}
