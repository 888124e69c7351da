package fr.metrograph.cypher;

/**
 * A researcher's query that Neo4j could not plan or run: a syntax error, a missing
 * parameter, a type error. Carries a French message with the position of the error in the
 * researcher's own text, and Neo4j's status code.
 */
public class InvalidCypherException extends RuntimeException {

	private final String neo4jCode;

	private final Integer line;

	private final Integer column;

	/**
	 * @param message the French message
	 * @param neo4jCode Neo4j's status code
	 * ({@code Neo.ClientError.Statement.SyntaxError}), or null
	 */
	public InvalidCypherException(String message, String neo4jCode) {
		this(message, neo4jCode, null, null);
	}

	/**
	 * @param message the French message
	 * @param neo4jCode Neo4j's status code, or null
	 * @param line line of the error in the researcher's text (from 1), or null
	 * @param column its column (from 1), or null
	 */
	public InvalidCypherException(String message, String neo4jCode, Integer line, Integer column) {
		super(message);
		this.neo4jCode = neo4jCode;
		this.line = line;
		this.column = column;
	}

	public String neo4jCode() {
		return this.neo4jCode;
	}

	/** Line of the error in the researcher's text, or null. */
	public Integer line() {
		return this.line;
	}

	/** Column of the error in the researcher's text, or null. */
	public Integer column() {
		return this.column;
	}

}
