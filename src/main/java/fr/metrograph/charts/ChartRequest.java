package fr.metrograph.charts;

/**
 * What to draw and how big: checked from the raw request values by {@link #parse}, which
 * answers mistakes in French.
 *
 * @param kind the chart
 * @param format PNG or SVG
 * @param from first year, or null
 * @param to last year, or null
 * @param width pixels, 200 to 4000
 * @param height pixels, 200 to 4000
 */
public record ChartRequest(ChartKind kind, ChartFormat format, Integer from, Integer to, int width, int height) {

	/** Smallest width or height. */
	public static final int MIN_SIZE = 200;

	/** Largest width or height. */
	public static final int MAX_SIZE = 4000;

	/** Default width. */
	public static final int DEFAULT_WIDTH = 900;

	/** Default height. */
	public static final int DEFAULT_HEIGHT = 560;

	/**
	 * Checks and converts the request values.
	 * @param file {@code name.ext}, e.g. {@code membership.svg}
	 * @param from first year or null
	 * @param to last year or null
	 * @param width pixels or null
	 * @param height pixels or null
	 * @return the request
	 * @throws UnknownChartException for an unknown name
	 * @throws InvalidChartRequestException for any other bad value
	 */
	public static ChartRequest parse(String file, Integer from, Integer to, Integer width, Integer height) {
		int dot = file.lastIndexOf('.');
		if (dot <= 0) {
			throw new InvalidChartRequestException("format", file,
					"Précisez le format dans l'adresse : « " + file + ".png » ou « " + file + ".svg ».");
		}
		ChartKind kind = ChartKind.of(file.substring(0, dot));
		ChartFormat format = ChartFormat.of(file.substring(dot + 1));
		if (from != null && to != null && from > to) {
			throw new InvalidChartRequestException("from", from,
					"L'année de début (from=" + from + ") est postérieure à l'année de fin (to=" + to + ").");
		}
		return new ChartRequest(kind, format, from, to, size("width", width, DEFAULT_WIDTH),
				size("height", height, DEFAULT_HEIGHT));
	}

	/** Whether a year is inside the requested period. */
	public boolean covers(int year) {
		return (this.from == null || year >= this.from) && (this.to == null || year <= this.to);
	}

	private static int size(String parameter, Integer value, int fallback) {
		if (value == null) {
			return fallback;
		}
		if (value < MIN_SIZE || value > MAX_SIZE) {
			String name = parameter.equals("width") ? "La largeur" : "La hauteur";
			throw new InvalidChartRequestException(parameter, value, name + " (" + parameter + "=" + value
					+ ") doit être comprise entre " + MIN_SIZE + " et " + MAX_SIZE + " pixels.");
		}
		return value;
	}

}
