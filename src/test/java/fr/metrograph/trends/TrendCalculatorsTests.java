package fr.metrograph.trends;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import fr.metrograph.trends.MeetingTrends.MeetingRow;
import fr.metrograph.trends.MeetingTrends.MeetingYear;
import fr.metrograph.trends.MembershipTrends.Member;
import fr.metrograph.trends.MembershipTrends.MembershipYear;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.PlannedVersusRealised.Planned;
import fr.metrograph.trends.PlannedVersusRealised.Realised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrendCalculatorsTests {

	private static final Member A = new Member("a", "A");

	private static final Member B = new Member("b", "B");

	private static final Member C = new Member("c", "C");

	@Test
	void membershipChangeBetweenObservedYears() {
		TreeMap<Integer, List<Member>> byYear = new TreeMap<>();
		byYear.put(2022, List.of(A, B));
		byYear.put(2023, List.of(A, B, C));
		byYear.put(2025, List.of(A, C));
		List<MembershipYear> years = MembershipTrends.compute(byYear);
		assertThat(years.get(0).joined()).containsExactly(A, B);
		assertThat(years.get(0).retention()).isNull();
		assertThat(years.get(1).joined()).containsExactly(C);
		assertThat(years.get(1).left()).isEmpty();
		assertThat(years.get(1).retention()).isEqualTo(1.0);
		// 2024 is missing: 2025 compares with 2023 and says so.
		assertThat(years.get(2).previousYear()).isEqualTo(2023);
		assertThat(years.get(2).left()).containsExactly(B);
		assertThat(years.get(2).retention()).isCloseTo(2.0 / 3, within(1e-9));
	}

	@Test
	void emptyMembershipGivesNoYears() {
		assertThat(MembershipTrends.compute(new TreeMap<>())).isEmpty();
	}

	@Test
	void trendLineNeedsThreePoints() {
		TreeMap<Integer, Integer> two = new TreeMap<>();
		two.put(2024, 15);
		two.put(2025, 14);
		TrendLine line = TrendLine.fit("membres", two);
		assertThat(line.sufficient()).isFalse();
		assertThat(line.slope()).isNull();
		assertThat(line.message()).contains("pas assez de points");
	}

	@Test
	void trendLineFitsByLeastSquares() {
		// y = 2x + 1 over x = 0, 1, 2 plus noise-free: slope 2, r² 1.
		TreeMap<Integer, Integer> exact = new TreeMap<>();
		exact.put(2020, 1);
		exact.put(2021, 3);
		exact.put(2022, 5);
		TrendLine line = TrendLine.fit("réunions", exact);
		assertThat(line.sufficient()).isTrue();
		assertThat(line.slope()).isCloseTo(2.0, within(1e-9));
		assertThat(line.rSquared()).isCloseTo(1.0, within(1e-9));
		// Points (0,1) (1,2) (2,2): slope 0.5, mean y 5/3, SSR = 0.5, SST = 2/3, r² =
		// 0.75.
		TreeMap<Integer, Integer> noisy = new TreeMap<>();
		noisy.put(0, 1);
		noisy.put(1, 2);
		noisy.put(2, 2);
		TrendLine fitted = TrendLine.fit("x", noisy);
		assertThat(fitted.slope()).isCloseTo(0.5, within(1e-9));
		assertThat(fitted.rSquared()).isCloseTo(0.75, within(1e-9));
	}

	@Test
	void aConstantSeriesHasNoRSquared() {
		TreeMap<Integer, Integer> flat = new TreeMap<>();
		flat.put(2020, 4);
		flat.put(2021, 4);
		flat.put(2022, 4);
		TrendLine line = TrendLine.fit("x", flat);
		assertThat(line.slope()).isZero();
		assertThat(line.rSquared()).isNull();
		assertThat(line.message()).contains("stable");
	}

	@Test
	void meetingsPerYearByFormat() {
		List<MeetingYear> years = MeetingTrends.compute(List.of(new MeetingRow("1", 2024, "IN_PERSON", "Toulouse", 5),
				new MeetingRow("2", 2024, "REMOTE", null, 3), new MeetingRow("3", 2024, "IN_PERSON", "Paris", 0),
				new MeetingRow("4", 2025, null, null, 0)));
		assertThat(years).hasSize(2);
		assertThat(years.get(0)).isEqualTo(new MeetingYear(2024, 2, 1, 0, 0, 3, List.of("Toulouse", "Paris"), 8));
		assertThat(years.get(1).unknown()).isEqualTo(1);
	}

	@Test
	void similarityCatchesARewordedThemeAndRejectsAnUnrelatedOne() {
		double reworded = ThemeSimilarity.score("Outils de diffusion d'une culture commune",
				"Outils de diffusion d'une culture interne");
		double unrelated = ThemeSimilarity.score("Échelles interterritoriales", "Plateformes participatives");
		assertThat(reworded).isGreaterThanOrEqualTo(PlannedVersusRealised.DEFAULT_THRESHOLD);
		assertThat(unrelated).isLessThan(0.3);
		assertThat(ThemeSimilarity.score("CCSPL", "Les CCSPL")).isEqualTo(1.0);
		assertThat(ThemeSimilarity.score("", "CCSPL")).isZero();
	}

	@Test
	void plansAreMatchedAgainstThePlannedYearOnly() {
		List<Planned> planned = List.of(new Planned("agents", 2025, "ccspl", "CCSPL", "e", "d1"),
				new Planned("agents", 2025, "echelles", "Échelles interterritoriales", "e", "d1"),
				new Planned("agents", 2027, "x", "CCSPL", "e", "d1"));
		List<Realised> realised = List.of(new Realised("agents", 2025, "ccspl", "CCSPL", "e", "d2"),
				new Realised("agents", 2024, "echelles", "Échelles interterritoriales", "e", "d3"));
		List<Outcome> outcomes = PlannedVersusRealised.match(planned, realised, 0.6);
		assertThat(outcomes.get(0).realised()).isTrue();
		assertThat(outcomes.get(1).realised()).isFalse();
		assertThat(outcomes.get(1).yearReported()).isTrue();
		assertThat(outcomes.get(2).match()).isNull();
		assertThat(outcomes.get(2).yearReported()).isFalse();
		assertThatThrownBy(() -> PlannedVersusRealised.match(planned, realised, 0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
