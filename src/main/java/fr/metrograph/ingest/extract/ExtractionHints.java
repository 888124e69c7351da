package fr.metrograph.ingest.extract;

import java.util.Map;

public record ExtractionHints(Map<Integer, Integer> yearByPart) {
	public static ExtractionHints none() {
		return new ExtractionHints(Map.of());
	}
}
