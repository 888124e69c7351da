package fr.metrograph.ingest.write;

import java.util.List;

import org.neo4j.driver.TransactionContext;

/**
 * What the service does beside a file's facts when {@link FileLoader} replaces it: read,
 * before the previous version goes, the nodes it mentioned; then, in the transaction that
 * makes the new version visible (the only one for a small file, the switch's last one for
 * a large file), apply the curators' marks and recompute the merged properties of those
 * nodes (issue #12, "same documents, same graph").
 */
public interface FileHooks {

	/** Hooks that do nothing (benchmarks, loads resumed after a crash). */
	FileHooks NONE = new FileHooks() {
		@Override
		public List<String> before(TransactionContext tx) {
			return List.of();
		}

		@Override
		public void after(TransactionContext tx, List<String> before) {
		}
	};

	/**
	 * Runs before the previous version is retracted.
	 * @param tx a transaction that sees the previous version
	 * @return the node ids the previous version mentioned
	 */
	List<String> before(TransactionContext tx);

	/**
	 * Runs after the new version is written, before the graph version is bumped.
	 * @param tx the transaction that makes the new version visible
	 * @param before what {@link #before} returned
	 */
	void after(TransactionContext tx, List<String> before);

}
