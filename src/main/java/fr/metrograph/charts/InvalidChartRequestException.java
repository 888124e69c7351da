package fr.metrograph.charts;

/**
 * A chart request with a bad parameter (unknown format, {@code from} after {@code to},
 * size out of bounds…). Carries the parameter and the value; the message is in French.
 */
public class InvalidChartRequestException extends RuntimeException {

	private final String parameter;

	private final String value;

	/**
	 * @param parameter the parameter at fault
	 * @param value the value given
	 * @param message what is wrong, in French
	 */
	public InvalidChartRequestException(String parameter, Object value, String message) {
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
