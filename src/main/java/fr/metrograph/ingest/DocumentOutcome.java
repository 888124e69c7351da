package fr.metrograph.ingest;

import java.util.List;
import java.util.Map;

/**
 * What happened to one document (or one file, when it could not be read) in an ingest
 * run.
 *
 * @param path the file's path as stored
 * @param part the 1-based document inside the file, 0 when the file failed as a whole
 * @param documentId the Document node id, or null
 * @param title the document's title, or null
 * @param kind annual_summary, meeting_report, project_sheet or prose, or null
 * @param year the document's year, or null
 * @param status LOADED, UNCHANGED, DUPLICATE or FAILED
 * @param counts facts written per kind
 * @param warnings in French
 * @param error in French, when FAILED
 */
public record DocumentOutcome(String path, int part, String documentId, String title, String kind, Integer year,
		Status status, Map<String, Integer> counts, List<String> warnings, String error) {

	/** The result of one document. */
	public enum Status {

		LOADED, UNCHANGED, DUPLICATE, FAILED

	}

	public DocumentOutcome {
		counts = (counts != null) ? Map.copyOf(counts) : Map.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/**
	 * The line the command line prints for this outcome (and the upload page shows), in
	 * French: status, file and part, then kind, year, title and counts of facts.
	 */
	public String line() {
		String where = this.path + ((this.part > 0) ? " #" + this.part : "");
		return switch (this.status) {
			case FAILED -> "ÉCHEC      " + where + " : " + this.error;
			case UNCHANGED -> "INCHANGÉ   " + where;
			case DUPLICATE -> "DOUBLON    " + where + " : " + String.join(" ", this.warnings);
			case LOADED -> "CHARGÉ     " + where + " : " + this.kind + ", "
					+ ((this.year != null) ? this.year : "année ?") + ", « " + this.title + " » ; " + countsLine()
					+ (this.warnings.isEmpty() ? "" : " ; avertissements : " + String.join(" | ", this.warnings));
		};
	}

	private String countsLine() {
		return this.counts.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 0)
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> e.getKey() + " " + e.getValue())
			.collect(java.util.stream.Collectors.joining(", "));
	}

	static DocumentOutcome failed(String path, String error) {
		return new DocumentOutcome(path, 0, null, null, null, null, Status.FAILED, null, null, error);
	}

	static DocumentOutcome unchanged(String path) {
		return new DocumentOutcome(path, 0, null, null, null, null, Status.UNCHANGED, null, null, null);
	}

}
