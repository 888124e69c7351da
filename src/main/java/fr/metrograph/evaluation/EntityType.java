package fr.metrograph.evaluation;

/**
 * The kinds of entity the evaluation scores, with the French label the report prints.
 */
public enum EntityType {

	/** People, by normalised name (a variant of the same person counts as the person). */
	PEOPLE("personnes"),

	/** Metropolises and EPTs, by reference id. */
	METROPOLISES("métropoles"),

	/** Organisations that are neither metropolises nor communes. */
	ORGANIZATIONS("organisations"),

	/** Cities named as cities; scored only on documents whose expectation lists them. */
	COMMUNES("communes"),

	/**
	 * Meetings, matched on their start date (to the day, or to the month when only the
	 * month is known).
	 */
	MEETINGS("réunions datées"),

	/** Roles attached to the right person and body, the title matched loosely. */
	ROLES("rôles");

	private final String label;

	EntityType(String label) {
		this.label = label;
	}

	/** The French label shown to users. */
	public String label() {
		return this.label;
	}

}
