package fr.metrograph.charts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The charts served under {@code /api/charts/{name}.{png|svg}}. */
public enum ChartKind {

	/** Members per year with arrivals and departures. */
	MEMBERSHIP("membership"),

	/** Meetings per year by format, stacked. */
	MEETINGS("meetings"),

	/** Themes over the years (grid). */
	THEMES("themes"),

	/** Themes planned for a year against those realised. */
	PLANNED_VS_REALISED("planned-vs-realised"),

	/** One metropolis year by year. */
	METROPOLIS_TIMELINE("metropolis-timeline"),

	/** The co-presence network drawn. */
	COPRESENCE("copresence");

	private final String slug;

	ChartKind(String slug) {
		this.slug = slug;
	}

	/** The name in URLs. */
	public String slug() {
		return this.slug;
	}

	/**
	 * The chart of a URL name.
	 * @throws UnknownChartException when there is none
	 */
	public static ChartKind of(String slug) {
		return Arrays.stream(values())
			.filter((kind) -> kind.slug.equals(slug))
			.findFirst()
			.orElseThrow(() -> new UnknownChartException(slug));
	}

	static String names() {
		return Arrays.stream(values()).map(ChartKind::slug).collect(Collectors.joining(", "));
	}

}
