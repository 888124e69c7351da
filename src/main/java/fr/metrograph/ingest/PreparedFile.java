package fr.metrograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.metrograph.ingest.DocumentOutcome.Status;
import fr.metrograph.ingest.model.DocumentNode;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.resolve.CurationStep;
import fr.metrograph.ingest.write.GraphWriter.DocumentPlan;

/**
 * A file read, extracted, resolved and curated, ready to be written: the documents to
 * write (with their curation) and their write plans, and the outcomes of those skipped as
 * duplicates. Once written, {@link #outcomes()} has one outcome per document.
 *
 * @param source the file as read
 * @param skipped outcomes of the documents not written (duplicates)
 * @param toWrite the documents to write, each with its curation
 * @param plans the write plan of each document of {@code toWrite}, in the same order
 */
record PreparedFile(fr.metrograph.ingest.read.SourceText source, List<DocumentOutcome> skipped,
		List<Map.Entry<DocumentNode, CurationStep.Result>> toWrite, List<DocumentPlan> plans) {

	List<DocumentOutcome> outcomes() {
		List<DocumentOutcome> outcomes = new ArrayList<>(this.skipped);
		for (int i = 0; i < this.toWrite.size(); i++) {
			DocumentNode node = this.toWrite.get(i).getKey();
			ExtractedDocument doc = this.toWrite.get(i).getValue().document();
			outcomes.add(new DocumentOutcome(this.source.path(), doc.part(), node.id(), doc.title(), doc.kind().code(),
					doc.year(), Status.LOADED, this.plans.get(i).counts(), node.warnings(), null));
		}
		return outcomes;
	}

}
