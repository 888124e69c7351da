package fr.metrograph.ingest.write;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import fr.metrograph.cypher.CypherQueries;

/**
 * Keeps node properties independent of loading order. Every document's own values for a
 * node (a meeting's title, dates, place…) are written on its {@code MENTIONED_IN}
 * relationship by the {@code merge_*} statements; after a file is loaded or retracted,
 * {@code ingest/recompute_properties} recomputes the properties of every node the file
 * mentions, or mentioned, from all the sources that remain, by the documented merge rule
 * (curator's correction, then the most specific kind of document, then the most recent,
 * then the smallest document id: {@code cypher/README.md}). Call {@link #nodesOf} before
 * retracting a file's previous version and {@link #recompute} after writing its new one,
 * in the same transaction. Cost: one indexed read and one statement per file,
 * proportional to the nodes the file mentions and their sources.
 */
public final class PropertyMerge {

	private final String nodesOf;

	private final String recompute;

	public PropertyMerge(CypherQueries queries) {
		this.nodesOf = queries.get("ingest/nodes_mentioned_by_file");
		this.recompute = queries.get("ingest/recompute_properties");
	}

	/**
	 * The nodes the documents loaded from a file mention now.
	 * @param tx the write transaction that will retract or replace the file
	 * @param path the file's path as stored on its documents
	 * @return their element ids (valid in this transaction)
	 */
	public List<String> nodesOf(TransactionContext tx, String path) {
		return tx.run(this.nodesOf, Map.of("path", path)).single().get("ids").asList(Value::asString);
	}

	/**
	 * Recomputes the properties of the nodes a file's documents mention now and of those
	 * its previous version mentioned.
	 * @param tx the same write transaction
	 * @param path the file's path
	 * @param before what {@link #nodesOf} returned before the retraction
	 * @return the number of nodes recomputed
	 */
	public int recompute(TransactionContext tx, String path, List<String> before) {
		return tx.run(this.recompute, Map.of("path", path, "ids", before)).single().get("nodes").asInt();
	}

}
