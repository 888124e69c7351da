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
 * @param backgroundEdges networks with more edges compute betweenness, eigenvector and
 * communities as a background job that the client polls (202 Accepted), never in the
 * request
 * @param cachedEdges the most edges kept in the cache of projected networks, all entries
 * together (a network costs about 30 bytes per edge)
 * @param pageSize nodes per page when the request gives no {@code limit}
 * @param edgesPerPage edges per page when the request gives no {@code edgeLimit}
 */
@Validated
@ConfigurationProperties("app.copresence")
public record CopresenceProperties(@Min(0) @DefaultValue("5000") int exactBetweennessLimit,
		@Min(1) @DefaultValue("500") int betweennessSamples, @DefaultValue("42") long seed,
		@Min(0) @DefaultValue("1000000") long backgroundEdges, @Min(1) @DefaultValue("40000000") long cachedEdges,
		@Min(1) @DefaultValue("500") int pageSize, @Min(1) @DefaultValue("5000") int edgesPerPage) {

	/** The metrics options for a network of {@code nodes} nodes. */
	NetworkMetrics.Options optionsFor(int nodes) {
		return new NetworkMetrics.Options((nodes <= this.exactBetweennessLimit) ? 0 : this.betweennessSamples,
				this.seed);
	}

}
