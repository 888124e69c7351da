package fr.metrograph.graph;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the store as ready only once the schema is applied and the documents found at
 * start-up are loaded; until then {@code /actuator/health} is not UP.
 */
@Component("store")
public class StoreReadiness implements HealthIndicator {

	private enum Stage {

		STARTING("démarrage"), SCHEMA_APPLIED("schéma appliqué, chargement des documents"), READY("prêt"),
		FAILED("échec du chargement initial");

		private final String label;

		Stage(String label) {
			this.label = label;
		}

	}

	private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.STARTING);

	private final AtomicReference<String> detail = new AtomicReference<>("");

	void schemaApplied() {
		this.stage.compareAndSet(Stage.STARTING, Stage.SCHEMA_APPLIED);
	}

	/** The initial load finished; {@code summary} says what it did. */
	public void ready(String summary) {
		this.detail.set(summary);
		this.stage.set(Stage.READY);
	}

	/** The initial load failed; the service stays up but reports it. */
	public void failed(String reason) {
		this.detail.set(reason);
		this.stage.set(Stage.FAILED);
	}

	public boolean isReady() {
		return this.stage.get() == Stage.READY;
	}

	@Override
	public Health health() {
		Stage current = this.stage.get();
		Health.Builder builder = switch (current) {
			case READY -> Health.up();
			case FAILED -> Health.down();
			default -> Health.outOfService();
		};
		return builder.withDetail("étape", current.label).withDetail("détail", this.detail.get()).build();
	}

}
