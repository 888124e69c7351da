package fr.metrograph.ingest;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.ingest.model.DocumentNode;
import fr.metrograph.ingest.resolve.Curation;
import fr.metrograph.ingest.resolve.CurationMarks;
import fr.metrograph.ingest.resolve.CurationStep;
import fr.metrograph.ingest.write.FileHooks;
import fr.metrograph.ingest.write.FileLoader;
import fr.metrograph.ingest.write.GraphWriter.DocumentPlan;
import fr.metrograph.ingest.write.PropertyMerge;

/**
 * Everything the pipeline writes: a prepared file through the {@link FileLoader} (all or
 * nothing, staged for a large file), with, in the transaction that makes it visible, the
 * merged properties ({@link PropertyMerge}) of every node the file mentions or mentioned
 * and the curators' marks on its documents; retractions; and the reference lists with the
 * curators' metropolis marks that every run writes first when they changed.
 */
final class FileCommits {

	private final Driver driver;

	private final CypherQueries queries;

	private final ReferenceSet reference;

	private final GraphVersion version;

	private final FileLoader loader;

	private final PropertyMerge merge;

	private final CurationMarks curationMarks;

	FileCommits(Driver driver, CypherQueries queries, ReferenceSet reference, GraphVersion version, FileLoader loader) {
		this.driver = driver;
		this.queries = queries;
		this.reference = reference;
		this.version = version;
		this.loader = loader;
		this.merge = new PropertyMerge(queries);
		this.curationMarks = new CurationMarks(queries);
	}

	/** Cleans up after loads a crash interrupted (see {@link FileLoader#recover}). */
	List<String> recover() {
		return this.loader.recover();
	}

	/**
	 * Replaces a file's previous version ({@code stored}) with the prepared documents, in
	 * bounded transactions when large (see {@link FileLoader#replace}).
	 */
	void replace(PreparedFile prepared, FileLoader.Stored stored) {
		this.loader.replace(prepared.source().path(), prepared.plans(), stored,
				hooks(prepared.source().path(), prepared.toWrite()));
	}

	/** Retracts every document of a file; returns how many were removed. */
	int retract(String storedPath, FileLoader.Stored stored) {
		return this.loader.replace(storedPath, List.of(), stored, hooks(storedPath, List.of())).replaced();
	}

	/** Replaces a file's previous version with the prepared documents, in {@code tx}. */
	void replaceIn(TransactionContext tx, PreparedFile prepared) {
		replaceIn(tx, prepared.source().path(), prepared.plans(), hooks(prepared.source().path(), prepared.toWrite()));
	}

	/** Retracts every document of a file in {@code tx}; returns how many were removed. */
	int retractIn(TransactionContext tx, String storedPath) {
		return replaceIn(tx, storedPath, List.of(), hooks(storedPath, List.of()));
	}

	/** The curators' metropolis marks, in {@code tx}; true when they changed anything. */
	boolean markMetropolises(TransactionContext tx, Curation curation) {
		return this.curationMarks.metropolises(tx, curation);
	}

	/**
	 * Writes the reference lists when they changed, and the curators' metropolis marks
	 * (bumping the graph version when they changed anything).
	 */
	void syncReference(Curation curation) {
		ReferenceSync.sync(this.driver, this.queries, this.reference.data(), this.reference.hash());
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				if (markMetropolises(tx, curation)) {
					this.version.bump(tx, "curation");
				}
			});
		}
	}

	private int replaceIn(TransactionContext tx, String path, List<DocumentPlan> plans, FileHooks hooks) {
		List<String> before = hooks.before(tx);
		int replaced = this.loader.replaceIn(tx, path, plans);
		hooks.after(tx, before);
		return replaced;
	}

	/**
	 * Beside the facts, in the transaction that makes them visible: the merged properties
	 * of every node the file mentions or mentioned, recomputed from all their sources,
	 * then the curators' marks on the written documents (none for a retraction), which
	 * override every source.
	 */
	private FileHooks hooks(String path, List<Map.Entry<DocumentNode, CurationStep.Result>> written) {
		return new FileHooks() {
			@Override
			public List<String> before(TransactionContext tx) {
				return FileCommits.this.merge.nodesOf(tx, path);
			}

			@Override
			public void after(TransactionContext tx, List<String> before) {
				FileCommits.this.merge.recompute(tx, path, before);
				for (var entry : written) {
					FileCommits.this.curationMarks.apply(tx, entry.getKey().id(), entry.getValue());
				}
			}
		};
	}

}
