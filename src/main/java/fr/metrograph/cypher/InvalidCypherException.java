package fr.metrograph.cypher;

/**
 * A researcher's query that Neo4j could not plan or run: a syntax error, a missing
 * parameter, a type error. Carries Neo4j's own message, which names the position of the
 * error, and its status code.
 */
public class InvalidCypherException extends RuntimeException {

	private final String neo4jCode;

	/**
	 * @param neo4jMessage Neo4j's message, shown as is
	 * @param neo4jCode Neo4j's status code
	 * ({@code Neo.ClientError.Statement.SyntaxError}), or null
	 */
	public InvalidCypherException(String neo4jMessage, String neo4jCode) {
		super(neo4jMessage);
		this.neo4jCode = neo4jCode;
	}

	public String neo4jCode() {
		return this.neo4jCode;
	}

}
