package fr.metrograph.trends;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * An ordinary least-squares line through a yearly series: {@code value = intercept +
 * slope × year}, with r². With fewer than three points no conclusion is drawn:
 * {@code sufficient} is false, slope and r² are null, and {@code message} says why. With
 * a constant series the slope is 0 and r² is null (undefined: no variance to explain).
 * Cost O(n). Source: Apache Commons Math {@link SimpleRegression}.
 *
 * @param series the series' name (members, meetings…)
 * @param points the number of yearly points
 * @param slope change per year, or null
 * @param intercept value at year 0, or null
 * @param rSquared coefficient of determination in [0, 1], or null
 * @param sufficient whether there are enough points (≥ 3) to speak of a trend
 * @param message in French, for users
 */
public record TrendLine(String series, int points, Double slope, Double intercept, Double rSquared, boolean sufficient,
		String message) {

	/** Minimum number of points before a trend is reported. */
	public static final int MIN_POINTS = 3;

	/**
	 * Fits a line through the series.
	 * @param series the series' name
	 * @param values value per year (years without a value are left out, not zeros)
	 * @return the line, or an insufficient one
	 */
	public static TrendLine fit(String series, SortedMap<Integer, ? extends Number> values) {
		int n = values.size();
		if (n < MIN_POINTS) {
			return new TrendLine(series, n, null, null, null, false, "Moins de " + MIN_POINTS + " années de données ("
					+ n + ") : pas assez de points pour parler de tendance.");
		}
		SimpleRegression regression = new SimpleRegression();
		for (Map.Entry<Integer, ? extends Number> point : values.entrySet()) {
			regression.addData(point.getKey(), point.getValue().doubleValue());
		}
		double r2 = regression.getRSquare();
		Double rSquared = Double.isNaN(r2) ? null : r2;
		String direction = (Math.abs(regression.getSlope()) < 1e-9) ? "stable"
				: (regression.getSlope() > 0) ? "en hausse" : "en baisse";
		String message = String.format(java.util.Locale.FRENCH, "Tendance %s : %+.2f par an sur %d années%s.",
				direction, regression.getSlope(), n,
				(rSquared != null) ? String.format(java.util.Locale.FRENCH, " (r² = %.2f)", rSquared) : "");
		return new TrendLine(series, n, regression.getSlope(), regression.getIntercept(), rSquared, true, message);
	}

	/** Lines for several series at once. */
	public static List<TrendLine> fitAll(Map<String, SortedMap<Integer, Integer>> series) {
		return series.entrySet().stream().map((e) -> fit(e.getKey(), e.getValue())).toList();
	}

}
