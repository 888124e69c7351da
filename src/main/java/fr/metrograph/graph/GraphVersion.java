package fr.metrograph.graph;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

import fr.metrograph.cypher.CypherQueries;

/**
 * The version of the graph's content: a counter stored in the graph itself (a single
 * {@code :GraphState {id: 'graph'}} node), so that every instance of the service on one
 * external Neo4j sees the same value. Every write the service makes (loading a file,
 * retracting one, applying a correction) calls {@link #bump} inside its own write
 * transaction, so the new version becomes visible exactly when the change does. Caches of
 * pure results (co-presence, charts, reports, trends) key their entries on
 * {@link #current()} through {@link VersionedCache}, which makes invalidation implicit.
 * Writes made directly over Bolt by a researcher bypass it; Bolt is documented as the
 * full database. Cost: one indexed single-node read per {@link #current()} call.
 */
@Component
public class GraphVersion {

	private final Driver driver;

	private final String read;

	private final String bump;

	GraphVersion(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.read = queries.get("graph/graph_version");
		this.bump = queries.get("graph/bump_graph_version");
	}

	/** The current content version (0 on a graph the service never wrote). */
	public long current() {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(this.read).single().get("version").asLong());
		}
	}

	/**
	 * Increments the version inside the caller's write transaction.
	 * @param tx the open write transaction that makes the change
	 * @param reason what changed, kept on the node for diagnosis (ingest, retract,
	 * curation…)
	 * @return the new version, visible once the transaction commits
	 */
	public long bump(TransactionContext tx, String reason) {
		return tx.run(this.bump, Map.of("reason", reason)).single().get("version").asLong();
	}

}
