package fr.metrograph.graph;

/**
 * The embedded database cannot start as configured; the message says why, in French.
 */
public class EmbeddedNeo4jException extends RuntimeException {

	public EmbeddedNeo4jException(String message) {
		super(message);
	}

	public EmbeddedNeo4jException(String message, Throwable cause) {
		super(message, cause);
	}

}
