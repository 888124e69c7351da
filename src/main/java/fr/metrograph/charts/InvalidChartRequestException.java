package fr.metrograph.charts;

import fr.metrograph.graph.InvalidParameterException;

/**
 * A chart request with a bad parameter (unknown format, {@code from} after {@code to},
 * size out of bounds…).
 */
public class InvalidChartRequestException extends InvalidParameterException {

	public InvalidChartRequestException(String parameter, Object value, String message) {
		super(parameter, value, message);
	}

}
