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
 * @param kind annual_summary, meeting_report, project_sheet, prose, deliberation or
 * attendance_sheet, or null
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
			case LOADED -> "CHARGÉ     " + where + " : " + KINDS.getOrDefault(this.kind, this.kind) + ", "
					+ ((this.year != null) ? this.year : "année ?") + ", « " + this.title + " » ; " + countsLine()
					+ (this.warnings.isEmpty() ? "" : " ; avertissements : " + String.join(" | ", this.warnings));
		};
	}

	/**
	 * French names of the kinds of facts ({@code GraphWriter}'s counts), for the line.
	 */
	private static final Map<String, String> FACTS = Map.ofEntries(Map.entry("metropolises", "métropoles"),
			Map.entry("organizations", "organismes"), Map.entry("groups", "groupes"), Map.entry("people", "personnes"),
			Map.entry("roles", "fonctions"), Map.entry("themes", "thèmes"), Map.entry("meetings", "réunions"),
			Map.entry("attendance", "présences"), Map.entry("participations", "participations"),
			Map.entry("memberships", "adhésions"), Map.entry("planned", "prévus"),
			Map.entry("engagements", "engagements"), Map.entry("partnerships", "partenariats"),
			Map.entry("projects", "projets"), Map.entry("statuses", "statuts"), Map.entry("figures", "chiffres cités"),
			Map.entry("conflicts", "conflits"), Map.entry("unresolved", "mentions non résolues"));

	/** French names of the kinds of documents. */
	private static final Map<String, String> KINDS = Map.of("annual_summary", "résumé annuel", "meeting_report",
			"compte rendu de réunion", "project_sheet", "fiche projet", "prose", "texte", "attendance_sheet",
			"feuille de présence", "deliberation", "délibération");

	private String countsLine() {
		return this.counts.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 0)
			.map((e) -> FACTS.getOrDefault(e.getKey(), e.getKey()) + " " + e.getValue())
			.sorted()
			.collect(java.util.stream.Collectors.joining(", "));
	}

	static DocumentOutcome failed(String path, String error) {
		return new DocumentOutcome(path, 0, null, null, null, null, Status.FAILED, null, null, error);
	}

	static DocumentOutcome unchanged(String path) {
		return new DocumentOutcome(path, 0, null, null, null, null, Status.UNCHANGED, null, null, null);
	}

}
