package fr.metrograph.copresence;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkPagesTests {

	@Test
	void ranksByDecreasingValueThenByIndexAsTheComparatorWould() {
		SplittableRandom random = new SplittableRandom(3);
		double[] special = { 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, -1.5, 1e-300 };
		double[] values = new double[5000];
		for (int i = 0; i < values.length; i++) {
			values[i] = (random.nextInt(10) == 0) ? special[random.nextInt(special.length)] : random.nextInt(50) / 4.0;
		}
		Integer[] expected = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(expected, Comparator.<Integer>comparingDouble((i) -> -values[i]).thenComparingInt((i) -> i));
		int[] order = NetworkPages.rank(values.length, (i) -> values[i]);
		assertThat(order).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
		assertThat(values[order[0]]).isEqualTo(Double.POSITIVE_INFINITY);
		assertThat(values[order[order.length - 1]]).isNaN();
	}

	@Test
	void ranksNothing() {
		assertThat(NetworkPages.rank(0, (i) -> 0)).isEmpty();
	}

}
