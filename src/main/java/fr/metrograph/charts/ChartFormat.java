package fr.metrograph.charts;

import java.util.Locale;

/** The image formats a chart is served in. */
public enum ChartFormat {

	/** A bitmap. */
	PNG("png", "image/png"),

	/** A vector image. */
	SVG("svg", "image/svg+xml");

	private final String extension;

	private final String mediaType;

	ChartFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The file extension, lower case. */
	public String extension() {
		return this.extension;
	}

	/** The Content-Type of the bytes. */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format of an extension.
	 * @throws InvalidChartRequestException for anything but png and svg
	 */
	static ChartFormat of(String extension) {
		for (ChartFormat format : values()) {
			if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new InvalidChartRequestException("format", extension,
				"Format d'image inconnu « " + extension + " » : formats possibles png, svg.");
	}

}
