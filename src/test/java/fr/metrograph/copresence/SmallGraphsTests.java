package fr.metrograph.copresence;

import org.junit.jupiter.api.Test;

import fr.metrograph.copresence.EigenvectorCentrality.Normalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Betweenness, eigenvector, components, Louvain and modularity on graphs small enough to
 * work out by hand.
 */
class SmallGraphsTests {

	private static final double EPS = 1e-9;

	private static final WeightedGraph EMPTY = WeightedGraph.of(0);

	private static final WeightedGraph SINGLE = WeightedGraph.of(1);

	/** 0 - 1 - 2 - 3 */
	private static final WeightedGraph PATH = WeightedGraph.of(4, e(0, 1), e(1, 2), e(2, 3));

	/** Centre 0, leaves 1..4. */
	private static final WeightedGraph STAR = WeightedGraph.of(5, e(0, 1), e(0, 2), e(0, 3), e(0, 4));

	private static final WeightedGraph TRIANGLE = WeightedGraph.of(3, e(0, 1), e(1, 2), e(0, 2));

	/** 0 - 1 and 2 - 3. */
	private static final WeightedGraph TWO_EDGES = WeightedGraph.of(4, e(0, 1), e(2, 3));

	/** Triangles {0,1,2} and {3,4,5} joined by 2 - 3. */
	private static final WeightedGraph BARBELL = WeightedGraph.of(6, e(0, 1), e(1, 2), e(0, 2), e(3, 4), e(4, 5),
			e(3, 5), e(2, 3));

	private static double[] e(int u, int v) {
		return new double[] { u, v };
	}

	@Test
	void betweennessOfAPathCountsThePairsEachInnerNodeSeparates() {
		// Node 1 lies on 0-2 and 0-3: raw 2 of (n-1)(n-2)/2 = 3 pairs.
		assertThat(new BetweennessCentrality(false, 0, 0).scores(PATH)).containsExactly(new double[] { 0, 2, 2, 0 },
				within(EPS));
		assertThat(new BetweennessCentrality().scores(PATH)).containsExactly(new double[] { 0, 2.0 / 3, 2.0 / 3, 0 },
				within(EPS));
	}

	@Test
	void betweennessOfAStarIsOneAtTheCentre() {
		assertThat(new BetweennessCentrality().scores(STAR)).containsExactly(new double[] { 1, 0, 0, 0, 0 },
				within(EPS));
	}

	@Test
	void betweennessIsZeroInATriangleBetweenTwoEdgesAndOnTinyGraphs() {
		assertThat(new BetweennessCentrality().scores(TRIANGLE)).containsOnly(0.0);
		assertThat(new BetweennessCentrality().scores(TWO_EDGES)).containsOnly(0.0);
		assertThat(new BetweennessCentrality().scores(SINGLE)).containsExactly(0.0);
		assertThat(new BetweennessCentrality().scores(EMPTY)).isEmpty();
	}

	@Test
	void sampledBetweennessIsExactWithAllSourcesAndRepeatableWithASeed() {
		assertThat(new BetweennessCentrality(true, 6, 1).scores(BARBELL))
			.containsExactly(new BetweennessCentrality().scores(BARBELL), within(EPS));
		assertThat(new BetweennessCentrality(true, 3, 7).scores(BARBELL))
			.containsExactly(new BetweennessCentrality(true, 3, 7).scores(BARBELL), within(0.0));
		assertThatIllegalArgumentException().isThrownBy(() -> new BetweennessCentrality(true, -1, 0));
	}

	@Test
	void eigenvectorOfAStarIsOneAtTheCentreAndOneOverRootKAtTheLeaves() {
		double[] scores = new EigenvectorCentrality().compute(STAR).scores();
		assertThat(scores[0]).isCloseTo(1.0, within(1e-6));
		assertThat(scores[1]).isCloseTo(0.5, within(1e-6));
		double[] unit = new EigenvectorCentrality(Normalization.L2, 1000, 1e-12).compute(STAR).scores();
		assertThat(unit[0]).isCloseTo(Math.sqrt(0.5), within(1e-6));
	}

	@Test
	void eigenvectorIsUniformOnATriangleAndOnTwoEqualComponents() {
		assertThat(new EigenvectorCentrality().compute(TRIANGLE).scores()).containsOnly(1.0);
		assertThat(new EigenvectorCentrality().compute(TWO_EDGES).scores()).containsExactly(new double[] { 1, 1, 1, 1 },
				within(1e-9));
	}

	@Test
	void eigenvectorFavoursTheLargerComponentAndIsZeroWithoutEdges() {
		// A triangle (λ = 2) and a separate edge (λ = 1): the edge tends to 0.
		WeightedGraph graph = WeightedGraph.of(5, e(0, 1), e(1, 2), e(0, 2), e(3, 4));
		EigenvectorCentrality.Result result = new EigenvectorCentrality().compute(graph);
		assertThat(result.converged()).isTrue();
		assertThat(result.scores()[0]).isCloseTo(1.0, within(1e-9));
		assertThat(result.scores()[3]).isCloseTo(0.0, within(1e-6));
		assertThat(new EigenvectorCentrality().compute(SINGLE).scores()).containsExactly(0.0);
		assertThat(new EigenvectorCentrality().compute(EMPTY).scores()).isEmpty();
	}

	@Test
	void componentsAreNumberedByDecreasingSize() {
		WeightedGraph graph = WeightedGraph.of(6, e(4, 5), e(0, 1), e(1, 2));
		ConnectedComponents.Result result = new ConnectedComponents().compute(graph);
		assertThat(result.sizes()).containsExactly(3, 2, 1);
		assertThat(result.component()).containsExactly(0, 0, 0, 2, 1, 1);
		assertThat(new ConnectedComponents().compute(EMPTY).count()).isZero();
		assertThat(new ConnectedComponents().compute(SINGLE).sizes()).containsExactly(1);
	}

	@Test
	void louvainSplitsTwoTrianglesJoinedByAnEdge() {
		Louvain.Result result = new Louvain().compute(BARBELL);
		assertThat(result.community()).containsExactly(0, 0, 0, 1, 1, 1);
		// m = 7; each side: L = 3, D = 7: Q = 2 (3/7 - 1/4) = 5/14.
		assertThat(result.modularity()).isCloseTo(5.0 / 14, within(EPS));
		assertThat(new Louvain(1.0, 99L).compute(BARBELL).modularity()).isCloseTo(5.0 / 14, within(EPS));
	}

	@Test
	void louvainOnTwoEdgesAndDegenerateGraphs() {
		Louvain.Result twoEdges = new Louvain().compute(TWO_EDGES);
		assertThat(twoEdges.community()).containsExactly(0, 0, 1, 1);
		assertThat(twoEdges.modularity()).isCloseTo(0.5, within(EPS));
		assertThat(new Louvain().compute(EMPTY).count()).isZero();
		assertThat(new Louvain().compute(SINGLE).community()).containsExactly(0);
		assertThat(new Louvain().compute(WeightedGraph.of(3)).sizes()).containsExactly(1, 1, 1);
		assertThat(new Louvain().compute(WeightedGraph.of(3)).modularity()).isZero();
	}

	@Test
	void modularityOfTheWholeGraphAsOneCommunityIsZero() {
		assertThat(Modularity.of(BARBELL, new int[6], 1.0)).isCloseTo(0.0, within(EPS));
		assertThatIllegalArgumentException().isThrownBy(() -> Modularity.of(BARBELL, new int[2], 1.0));
	}

	@Test
	void networkMetricsGivesDensityAndComponents() {
		NetworkMetrics.Result result = new NetworkMetrics(NetworkMetrics.Options.exact()).compute(TWO_EDGES);
		assertThat(result.density()).isCloseTo(2.0 / 6, within(EPS));
		assertThat(result.components()).isEqualTo(2);
		assertThat(result.degree()).containsExactly(1, 1, 1, 1);
		NetworkMetrics.Result empty = new NetworkMetrics(NetworkMetrics.Options.exact()).compute(EMPTY);
		assertThat(empty.nodes()).isZero();
		assertThat(empty.density()).isZero();
		assertThat(empty.modularity()).isZero();
		assertThat(new NetworkMetrics(NetworkMetrics.Options.exact()).compute(TRIANGLE).density()).isEqualTo(1.0);
	}

}
