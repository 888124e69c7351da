package fr.metrograph.curation;

/**
 * A correction that cannot be recorded as asked (missing field, unknown entity, bad
 * value); the message is French and says what to change.
 */
public class InvalidCorrectionException extends RuntimeException {

	private final String field;

	public InvalidCorrectionException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request field at fault, or null. */
	public String field() {
		return this.field;
	}

}
