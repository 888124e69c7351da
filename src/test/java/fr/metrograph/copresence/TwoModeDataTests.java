package fr.metrograph.copresence;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TwoModeDataTests {

	@Test
	void indexesActorsAndEventsInIdOrderWhateverThePairOrder() {
		TwoModeData a = TwoModeData.builder().add("zoe", "m2").add("anne", "m1").add("zoe", "m1").build();
		TwoModeData b = TwoModeData.builder().add("anne", "m1").add("zoe", "m1").add("zoe", "m2").build();
		for (TwoModeData data : List.of(a, b)) {
			assertThat(data.actorId(0)).isEqualTo("anne");
			assertThat(data.actorId(1)).isEqualTo("zoe");
			assertThat(data.eventId(0)).isEqualTo("m1");
			assertThat(data.actorsOf(0)).containsExactly(0, 1);
			assertThat(data.eventsOf(1)).containsExactly(0, 1);
			assertThat(data.pairCount()).isEqualTo(3);
		}
	}

	@Test
	void countsARepeatedPairOnceWithItsLargestWeight() {
		TwoModeData data = TwoModeData.builder().add("a", "e", 1).add("a", "e", 3).add("b", "e").build();
		assertThat(data.pairCount()).isEqualTo(2);
		assertThat(data.eventSize(0)).isEqualTo(2);
		assertThat(data.eventWeights()).containsExactly(3.0, 1.0);
	}

	@Test
	void findsSharedEvents() {
		TwoModeData data = TwoModeData.builder()
			.add("a", "e1")
			.add("a", "e2")
			.add("a", "e3")
			.add("b", "e2")
			.add("b", "e3")
			.add("b", "e4")
			.build();
		assertThat(data.sharedEvents(0, 1)).containsExactly(1, 2);
	}

	@Test
	void isEmptyWithoutPairsAndKeepsActorsWithoutEvents() {
		TwoModeData empty = TwoModeData.builder().build();
		assertThat(empty.actorCount()).isZero();
		assertThat(empty.eventCount()).isZero();
		TwoModeData lonely = TwoModeData.builder().addActor("a").build();
		assertThat(lonely.actorCount()).isEqualTo(1);
		assertThat(lonely.actorDegree(0)).isZero();
	}

	@Test
	void takesPairsByTheNumbersItGaveAsByTheirIds() {
		TwoModeData.Builder builder = TwoModeData.builder();
		int zoe = builder.actor("zoe");
		int m2 = builder.event("m2");
		builder.add(zoe, m2).add(builder.actor("anne"), builder.event("m1")).add(zoe, builder.event("m1")).add(zoe, m2);
		assertThat(zoe).isEqualTo(builder.actor("zoe"));
		TwoModeData data = builder.build();
		TwoModeData byIds = TwoModeData.builder().add("anne", "m1").add("zoe", "m1").add("zoe", "m2").build();
		assertThat(data.actorId(0)).isEqualTo("anne");
		assertThat(data.pairCount()).isEqualTo(3);
		assertThat(data.eventActors()).isEqualTo(byIds.eventActors());
		assertThat(data.actorEvents()).isEqualTo(byIds.actorEvents());
		assertThat(data.eventWeights()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> TwoModeData.builder().add(0, 0));
	}

	@Test
	void rejectsNonPositiveWeights() {
		assertThatIllegalArgumentException().isThrownBy(() -> TwoModeData.builder().add("a", "e", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> TwoModeData.builder().add("a", "e", Double.NaN));
	}

}
