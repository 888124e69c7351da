package fr.metrograph.cypher;

import java.time.Duration;

/**
 * A researcher's query stopped by the transaction timeout ({@code app.cypher.timeout}).
 */
public class CypherTimeoutException extends RuntimeException {

	private final Duration timeout;

	/**
	 * @param timeout the timeout that was reached
	 */
	public CypherTimeoutException(Duration timeout) {
		super("La requête a dépassé le délai de " + describe(timeout)
				+ " et a été interrompue. Restreignez-la (LIMIT, filtres, moins de produits cartésiens).");
		this.timeout = timeout;
	}

	public Duration timeout() {
		return this.timeout;
	}

	private static String describe(Duration timeout) {
		if (timeout.toMillis() % 1000 == 0) {
			long seconds = timeout.toSeconds();
			return seconds + (seconds > 1 ? " secondes" : " seconde");
		}
		return timeout.toMillis() + " ms";
	}

}
