package fr.metrograph.cypher;

/**
 * A researcher's query that Neo4j accepted but could not finish: it needed more memory
 * than a transaction may take, or the engine failed on it (a shortest path between a node
 * and itself). The message is French and says why.
 */
public class CypherFailedException extends RuntimeException {

	private final String reason;

	/**
	 * @param reason a stable code: {@code memory} or {@code execution}
	 * @param message the French explanation
	 */
	public CypherFailedException(String reason, String message) {
		super(message);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
