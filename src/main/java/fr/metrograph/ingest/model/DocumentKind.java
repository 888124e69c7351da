package fr.metrograph.ingest.model;

/**
 * The shapes of document the extractor knows. The value stored in the graph is
 * {@link #code()}.
 */
public enum DocumentKind {

	/** "Résumé annuel" of a group: members, meetings, themes, plans. */
	ANNUAL_SUMMARY("annual_summary"),
	/** A report of one meeting: dates, host, attendees, sessions. */
	MEETING_REPORT("meeting_report"),
	/** A consultancy's project sheet: client, year, partners, deliverables. */
	PROJECT_SHEET("project_sheet"),
	/** Anything else: articles, minutes, newsletters, programmes. */
	PROSE("prose"),
	/** A coordinators' attendance sheet (CSV): person, meeting, date, status. */
	ATTENDANCE_SHEET("attendance_sheet"),
	/**
	 * An extract of a council's register of deliberations: it records a decision (joining
	 * the network, naming representatives) and reports no meeting of the network. Its
	 * text is read by the extractor of the kind it resembles; this is the kind it is
	 * stored and shown as.
	 */
	DELIBERATION("deliberation");

	private final String code;

	DocumentKind(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
