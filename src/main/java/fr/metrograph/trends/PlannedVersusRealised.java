package fr.metrograph.trends;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Matches each theme a group announced for year N+1 against the themes reported in year
 * N+1: the realised theme of the same year (and the same group when both are known) with
 * the highest {@link ThemeSimilarity} is the candidate; the plan counts as realised when
 * its score reaches the threshold. Ties go to the alphabetically first label, so the
 * output is stable. Cost O(|planned| × |realised|).
 */
public final class PlannedVersusRealised {

	/** Default score from which a plan counts as realised. */
	public static final double DEFAULT_THRESHOLD = 0.6;

	private PlannedVersusRealised() {
	}

	/** A theme announced for a year. */
	public record Planned(String group, int forYear, String themeId, String theme, String evidence, String source) {
	}

	/** A theme reported as worked in a year. */
	public record Realised(String group, int year, String themeId, String theme, String evidence, String source) {
	}

	/**
	 * A plan and what became of it.
	 *
	 * @param planned the plan
	 * @param match the closest realised theme of that year, or null when the year reports
	 * none
	 * @param score the similarity with {@code match}, 0 when none
	 * @param realised whether the score reaches the threshold
	 * @param yearReported whether any theme at all is reported for the planned year
	 */
	public record Outcome(Planned planned, Realised match, double score, boolean realised, boolean yearReported) {
	}

	/**
	 * @param planned the plans
	 * @param realised the realised themes
	 * @param threshold the score from which a plan counts as realised, in (0, 1]
	 * @return one outcome per plan, in the plans' order
	 */
	public static List<Outcome> match(List<Planned> planned, List<Realised> realised, double threshold) {
		if (threshold <= 0 || threshold > 1) {
			throw new IllegalArgumentException("Le seuil de similarité doit être dans ]0, 1] : " + threshold);
		}
		return planned.stream().map((plan) -> {
			List<Realised> candidates = realised.stream()
				.filter((r) -> r.year() == plan.forYear())
				.filter((r) -> plan.group() == null || r.group() == null || Objects.equals(plan.group(), r.group()))
				.toList();
			Realised best = candidates.stream()
				.max(Comparator.<Realised>comparingDouble((r) -> ThemeSimilarity.score(plan.theme(), r.theme()))
					.thenComparing(Realised::theme, Comparator.reverseOrder()))
				.orElse(null);
			double score = (best != null) ? ThemeSimilarity.score(plan.theme(), best.theme()) : 0;
			return new Outcome(plan, best, score, score >= threshold, !candidates.isEmpty());
		}).toList();
	}

}
