package fr.metrograph.evaluation;

import java.util.OptionalDouble;

/**
 * Counts of one entity type: true positives (expected and found), false positives (found
 * but not expected) and false negatives (expected but not found).
 * <ul>
 * <li>precision = tp / (tp + fp), unknown when nothing was found;</li>
 * <li>recall = tp / (tp + fn), unknown when nothing was expected;</li>
 * <li>F1 = 2·P·R / (P + R), the harmonic mean, equal to 2·tp / (2·tp + fp + fn); unknown
 * when both counts it rests on are empty, 0 when one is known and tp = 0.</li>
 * </ul>
 * Adding tallies and then dividing gives the micro-average (every entity weighs the same,
 * whichever document it is in). Constant time.
 *
 * @param truePositives expected and found
 * @param falsePositives found, not expected
 * @param falseNegatives expected, not found
 */
public record Tally(int truePositives, int falsePositives, int falseNegatives) {

	/** No entity at all. */
	public static final Tally EMPTY = new Tally(0, 0, 0);

	public Tally {
		if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
			throw new IllegalArgumentException("Counts cannot be negative");
		}
	}

	/** The sum of two tallies (micro-averaging). */
	public Tally plus(Tally other) {
		return new Tally(this.truePositives + other.truePositives, this.falsePositives + other.falsePositives,
				this.falseNegatives + other.falseNegatives);
	}

	/** tp / (tp + fp), or empty when nothing was found. */
	public OptionalDouble precision() {
		int found = this.truePositives + this.falsePositives;
		return (found == 0) ? OptionalDouble.empty() : OptionalDouble.of((double) this.truePositives / found);
	}

	/** tp / (tp + fn), or empty when nothing was expected. */
	public OptionalDouble recall() {
		int expected = this.truePositives + this.falseNegatives;
		return (expected == 0) ? OptionalDouble.empty() : OptionalDouble.of((double) this.truePositives / expected);
	}

	/**
	 * 2·tp / (2·tp + fp + fn), or empty when nothing was expected nor found (there is
	 * nothing to be right or wrong about).
	 */
	public OptionalDouble f1() {
		int denominator = 2 * this.truePositives + this.falsePositives + this.falseNegatives;
		return (denominator == 0) ? OptionalDouble.empty() : OptionalDouble.of(2.0 * this.truePositives / denominator);
	}

}
