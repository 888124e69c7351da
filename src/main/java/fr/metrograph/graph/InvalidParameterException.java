package fr.metrograph.graph;

/**
 * A request parameter the service cannot work with ({@code from} after {@code to}, an
 * unknown network, a size out of bounds…). Carries the parameter and the value given; the
 * message is in French, for users. Features subclass it to name their own requests.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String value;

	/**
	 * @param parameter the parameter at fault
	 * @param value the value given
	 * @param message what is wrong, in French
	 */
	public InvalidParameterException(String parameter, Object value, String message) {
		super(message);
		this.parameter = parameter;
		this.value = String.valueOf(value);
	}

	/** The parameter at fault. */
	public String parameter() {
		return this.parameter;
	}

	/** The value given. */
	public String value() {
		return this.value;
	}

}
