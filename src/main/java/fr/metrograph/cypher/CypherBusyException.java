package fr.metrograph.cypher;

import java.time.Duration;

/**
 * Every slot for researchers' queries is taken ({@code app.cypher.concurrency}) and none
 * freed up within {@code app.cypher.queue-wait}.
 */
public class CypherBusyException extends RuntimeException {

	private final Duration retryAfter;

	/**
	 * @param slots the number of slots
	 * @param waited how long the query waited
	 */
	public CypherBusyException(int slots, Duration waited) {
		super("Trop de requêtes de recherche sont en cours (" + slots + " au plus à la fois) : la vôtre a attendu "
				+ String.format(java.util.Locale.FRENCH, "%.1f", waited.toMillis() / 1000.0)
				+ " s sans place libre. Réessayez dans un instant.");
		this.retryAfter = waited.plusSeconds(1);
	}

	/** When the client may try again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
