package fr.metrograph.research;

/**
 * A saved query's parameter that is missing or does not fit its declared type.
 */
public class QueryParameterException extends RuntimeException {

	private final String query;

	private final String parameter;

	/**
	 * @param query the query name
	 * @param parameter the parameter name
	 * @param message the French explanation
	 */
	public QueryParameterException(String query, String parameter, String message) {
		super(message);
		this.query = query;
		this.parameter = parameter;
	}

	public String query() {
		return this.query;
	}

	public String parameter() {
		return this.parameter;
	}

}
