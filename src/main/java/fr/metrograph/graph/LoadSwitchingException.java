package fr.metrograph.graph;

import java.time.Duration;

/**
 * A read waited longer than {@code app.graph.switch-wait} for a load to switch in; the
 * API answers 503 with {@code Retry-After}.
 */
public class LoadSwitchingException extends RuntimeException {

	private final String loadId;

	private final Duration waited;

	public LoadSwitchingException(String loadId, Duration waited) {
		super("Un fichier volumineux est en cours d'activation dans le graphe ; la réponse attendrait une version "
				+ "à moitié chargée. Réessayez dans quelques secondes.");
		this.loadId = loadId;
		this.waited = waited;
	}

	/** The load being switched in, if known. */
	public String loadId() {
		return this.loadId;
	}

	/** How long the read waited. */
	public Duration waited() {
		return this.waited;
	}

}
