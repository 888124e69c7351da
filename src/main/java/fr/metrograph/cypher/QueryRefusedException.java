package fr.metrograph.cypher;

/**
 * A researcher's query that the read-only guard refused before running it: it writes,
 * changes the schema, loads files, calls a procedure that is not allowed, or runs its own
 * transactions. The message is French and says why.
 */
public class QueryRefusedException extends RuntimeException {

	private final String reason;

	private final String clause;

	/**
	 * @param reason a stable code for the kind of refusal ({@code write}, {@code schema},
	 * {@code load_csv}, {@code procedure}, {@code transactions}, {@code admin},
	 * {@code explain})
	 * @param clause the clause, operator or procedure that caused it ({@code CREATE},
	 * {@code dbms.listConfig})
	 * @param message the French explanation shown to the user
	 */
	public QueryRefusedException(String reason, String clause, String message) {
		super(message);
		this.reason = reason;
		this.clause = clause;
	}

	public String reason() {
		return this.reason;
	}

	public String clause() {
		return this.clause;
	}

}
