package fr.metrograph.ingest.extract;

import java.util.List;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.reference.ReferenceData;

public final class DocumentExtractor {

	public DocumentExtractor(ReferenceData reference) {
	}

	public List<ExtractedDocument> extract(String fileName, String text, ExtractionHints hints) {
		throw new UnsupportedOperationException("stub");
	}

}
