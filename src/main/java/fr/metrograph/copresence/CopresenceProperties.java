package fr.metrograph.copresence;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the co-presence networks.
 *
 * @param exactBetweennessLimit networks with at most this many nodes get exact
 * betweenness; larger ones get it from {@code betweennessSamples} sampled sources
 * @param betweennessSamples sources sampled for betweenness on large networks
 * @param seed seed of betweenness sampling and of the Louvain visiting order (same seed,
 * same answer)
 */
@Validated
@ConfigurationProperties("app.copresence")
public record CopresenceProperties(@Min(0) @DefaultValue("5000") int exactBetweennessLimit,
		@Min(1) @DefaultValue("500") int betweennessSamples, @DefaultValue("42") long seed) {

	/** The metrics options for a network of {@code nodes} nodes. */
	NetworkMetrics.Options optionsFor(int nodes) {
		return new NetworkMetrics.Options((nodes <= this.exactBetweennessLimit) ? 0 : this.betweennessSamples,
				this.seed);
	}

}
