package fr.metrograph.copresence;

import fr.metrograph.graph.InvalidParameterException;

/**
 * A co-presence or export request with a bad parameter: unknown network, source or
 * format, {@code from} after {@code to}, negative minimum weight.
 */
public class InvalidCopresenceRequestException extends InvalidParameterException {

	public InvalidCopresenceRequestException(String parameter, Object value, String message) {
		super(parameter, value, message);
	}

}
