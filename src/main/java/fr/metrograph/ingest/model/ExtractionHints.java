package fr.metrograph.ingest.model;

import java.util.Map;

/**
 * A curator's corrections for one file, read from a reviewed file under {@code data/}.
 *
 * @param yearByPart the year to use for a document, by its 1-based part index in the file
 */
public record ExtractionHints(Map<Integer, Integer> yearByPart) {

	public ExtractionHints {
		yearByPart = (yearByPart == null) ? Map.of() : Map.copyOf(yearByPart);
	}

	/** No corrections. */
	public static ExtractionHints none() {
		return new ExtractionHints(Map.of());
	}

}
