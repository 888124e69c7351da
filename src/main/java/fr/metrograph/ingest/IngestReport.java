package fr.metrograph.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The result of an ingest run: one outcome per document and the graph's size before and
 * after.
 *
 * @param outcomes per document (or per file that failed as a whole)
 * @param retracted documents removed because their file was gone or replaced
 * @param nodesBefore node count before the run
 * @param relationshipsBefore relationship count before the run
 * @param nodesAfter node count after the run
 * @param relationshipsAfter relationship count after the run
 * @param elapsed wall-clock time of the run
 * @param recovered what was done about loads a crash had interrupted (French sentences)
 */
public record IngestReport(List<DocumentOutcome> outcomes, int retracted, long nodesBefore, long relationshipsBefore,
		long nodesAfter, long relationshipsAfter, Duration elapsed, List<String> recovered) {

	public IngestReport {
		outcomes = List.copyOf(outcomes);
		recovered = (recovered != null) ? List.copyOf(recovered) : List.of();
	}

	public long count(DocumentOutcome.Status status) {
		return this.outcomes.stream().filter((o) -> o.status() == status).count();
	}

	public boolean hasFailures() {
		return count(DocumentOutcome.Status.FAILED) > 0;
	}

	/** A one-line summary, for logs and the health endpoint. */
	public String summary() {
		return String.format(
				"%d chargé(s), %d inchangé(s), %d doublon(s), %d en échec, %d retiré(s) ; "
						+ "nœuds %d → %d, relations %d → %d, en %d ms",
				count(DocumentOutcome.Status.LOADED), count(DocumentOutcome.Status.UNCHANGED),
				count(DocumentOutcome.Status.DUPLICATE), count(DocumentOutcome.Status.FAILED), this.retracted,
				this.nodesBefore, this.nodesAfter, this.relationshipsBefore, this.relationshipsAfter,
				this.elapsed.toMillis()) + (this.recovered.isEmpty() ? "" : " ; " + String.join(" ", this.recovered));
	}

}
