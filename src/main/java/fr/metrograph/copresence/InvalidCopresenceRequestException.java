package fr.metrograph.copresence;

/**
 * A co-presence or export request with a bad parameter: unknown network, source or
 * format, {@code from} after {@code to}, negative minimum weight. Carries the parameter
 * and the value; the message is in French, for the user.
 */
public class InvalidCopresenceRequestException extends RuntimeException {

	private final String parameter;

	private final String value;

	/**
	 * @param parameter the request parameter at fault ({@code via})
	 * @param value the value given
	 * @param message what is wrong, in French
	 */
	public InvalidCopresenceRequestException(String parameter, Object value, String message) {
		super(message);
		this.parameter = parameter;
		this.value = String.valueOf(value);
	}

	public String parameter() {
		return this.parameter;
	}

	public String value() {
		return this.value;
	}

}
