package fr.metrograph.reports;

import java.util.Locale;

/** The formats of the yearly report. */
public enum ReportFormat {

	/** A paginated document with a table of contents and page numbers. */
	PDF("pdf", "application/pdf"),

	/** A single web page with the charts inlined as SVG. */
	HTML("html", "text/html;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	ReportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The file extension. */
	public String extension() {
		return this.extension;
	}

	/** The Content-Type. */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format of an extension.
	 * @throws IllegalArgumentException for anything but pdf and html, in French
	 */
	public static ReportFormat of(String extension) {
		for (ReportFormat format : values()) {
			if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new IllegalArgumentException(
				"Format de rapport inconnu « " + extension + " » : formats possibles pdf, html.");
	}

}
