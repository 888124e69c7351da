package fr.metrograph.reference;

/**
 * The reference lists cannot be found; the message is one French sentence saying what is
 * missing and how to fix it.
 */
public class ReferenceListsMissingException extends RuntimeException {

	/**
	 * @param message the French sentence
	 */
	public ReferenceListsMissingException(String message) {
		super(message);
	}

}
