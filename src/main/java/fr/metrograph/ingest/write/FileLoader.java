package fr.metrograph.ingest.write;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.LoadGate;
import fr.metrograph.ingest.write.GraphWriter.DocumentPlan;
import fr.metrograph.ingest.write.LoadFaults.Stage;

/**
 * Replaces what a file contributed to the graph, all or nothing for the service's users,
 * with no transaction larger than {@code batchSize} rows.
 * <ul>
 * <li><b>Small files</b> (new rows plus the previous version's rows at most
 * {@code batchSize}, every seed document): one write transaction retracts the previous
 * version, writes the new one and bumps the graph version. Neo4j makes it atomic.</li>
 * <li><b>Large files</b>, in three steps. <i>Stage</i>: the new version's rows, already
 * resolved, are written in bounded transactions as {@code :PendingBatch} nodes under a
 * {@code :PendingLoad}; nothing the service reads changes, and a failure deletes them.
 * <i>Commit point</i>: one small transaction claims {@code GraphState.switching} and
 * marks the load {@code switching}; from then on the load is finished even after a crash.
 * <i>Switch</i>, behind the {@link LoadGate} (the service's reads wait): retract the
 * previous version in bounded transactions, write each staged batch in its own
 * transaction with the same statements a small file uses, and end with one transaction
 * that bumps the version and frees the gate. <b>A large file with no stored document</b>
 * (a first load) skips the stage: there is no previous version to keep, so it claims the
 * commit point at once and writes its batches behind the gate; a crash midway is undone
 * by retracting what it wrote.</li>
 * </ul>
 * Other processes' reads check the graph's marker at most every
 * {@link LoadGate#grace()}/2: no transaction of a switch commits before the grace has
 * passed, though the first batch is written meanwhile. A load killed while staging is
 * deleted by {@link #recover} (the next start, or the next load); a load killed while
 * switching is finished by it, from the start: it retracts the documents it had begun to
 * write, then writes every staged batch again (a first load, unstaged, is only
 * retracted). Loads of one process run one at a time; loads of several processes on one
 * external Neo4j are serialised by the gate's claim.
 * <p>
 * Limitation: if a statement fails deterministically during a switch (the process alive),
 * what the switch wrote is retracted; the previous version is intact unless it had
 * documents with the same content as the new one (a re-extraction), which were retracted
 * first and are then reported lost in the error.
 * <p>
 * Over 300 lines: the small-file path, staging, the unstaged first load, the commit
 * point, the switch and crash recovery share one set of statements and one lock, and
 * recovery must replay (or undo) exactly the switch's steps; split, the invariant "a load
 * is all or nothing" would span classes.
 */
public final class FileLoader {

	private static final Logger log = LoggerFactory.getLogger(FileLoader.class);

	private static final List<String> QUERIES = List.of("retract_file", "retract_sources", "retract_mentions",
			"retract_documents", "stage_load", "stage_batch", "begin_switch", "staged_batch", "touch_load",
			"end_switch", "pending_loads", "discard_load");

	private final Driver driver;

	private final Map<String, String> statements = new HashMap<>();

	private final GraphVersion version;

	private final LoadGate gate;

	private final int batchSize;

	private final boolean exclusive;

	private final Duration staleAfter;

	private final ReentrantLock running = new ReentrantLock();

	private volatile LoadFaults faults = LoadFaults.NONE;

	/**
	 * @param driver the database
	 * @param queries the named statements
	 * @param version the graph version, bumped by every change
	 * @param gate keeps the service's reads away from a switch
	 * @param batchSize the most rows a write transaction holds
	 * @param exclusive whether this process alone uses the database (embedded store):
	 * then any load left pending at {@link #recover} time was interrupted
	 * @param staleAfter otherwise, how long a pending load must have been silent to be
	 * taken as interrupted
	 */
	public FileLoader(Driver driver, CypherQueries queries, GraphVersion version, LoadGate gate, int batchSize,
			boolean exclusive, Duration staleAfter) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
		}
		this.driver = driver;
		this.version = version;
		this.gate = gate;
		this.batchSize = batchSize;
		this.exclusive = exclusive;
		this.staleAfter = staleAfter;
		GraphWriter.STATEMENTS.forEach((name) -> this.statements.put(name, queries.get("ingest/" + name)));
		QUERIES.forEach((name) -> this.statements.put(name, queries.get("ingest/" + name)));
	}

	/** For tests: simulates crashes at chosen points of staged loads. */
	public void setFaults(LoadFaults faults) {
		this.faults = (faults != null) ? faults : LoadFaults.NONE;
	}

	/** The most rows one write transaction holds. */
	public int batchSize() {
		return this.batchSize;
	}

	/**
	 * How a file was loaded.
	 *
	 * @param staged whether it was staged and switched in (false: one transaction)
	 * @param batches bounded transactions of the new version
	 * @param replaced documents of the previous version removed
	 */
	public record Result(boolean staged, int batches, int replaced) {
	}

	/**
	 * What the graph holds of a file before it is loaded again, as its caller read it.
	 *
	 * @param documents its stored documents (none: a first load)
	 * @param rows the rows they wrote ({@code Document.facts}; 0 when unknown)
	 */
	public record Stored(int documents, long rows) {
	}

	/**
	 * Replaces the documents loaded from {@code path} with these ones (none: retracts the
	 * file), running {@code hooks} around the change.
	 * @param path the file's path as stored on its documents
	 * @param plans the new documents, people resolved
	 * @param stored what the graph holds of the file
	 * @param hooks what the service does beside the facts
	 * @return how it went
	 */
	public Result replace(String path, List<DocumentPlan> plans, Stored stored, FileHooks hooks) {
		this.running.lock();
		try {
			long rows = plans.stream().mapToLong(DocumentPlan::rows).sum();
			if (rows + stored.rows() <= this.batchSize) {
				return writeAtOnce(path, plans, hooks);
			}
			return stageAndSwitch(path, plans, rows, stored.documents() == 0, hooks);
		}
		finally {
			this.running.unlock();
		}
	}

	private Result writeAtOnce(String path, List<DocumentPlan> plans, FileHooks hooks) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				List<String> before = hooks.before(tx);
				int replaced = replaceIn(tx, path, plans);
				hooks.after(tx, before);
				if (replaced > 0 || !plans.isEmpty()) {
					this.version.bump(tx, plans.isEmpty() ? "retract" : "ingest");
				}
				return new Result(false, plans.isEmpty() ? 0 : 1, replaced);
			});
		}
	}

	/**
	 * Retracts the file's previous version and writes these documents in the caller's
	 * transaction, whatever their size: for a curator's reload of a few files in one
	 * transaction. The caller bumps the graph version.
	 * @param tx the caller's write transaction
	 * @param path the file's path as stored on its documents
	 * @param plans the new documents (none: retracts the file)
	 * @return the number of previous documents removed
	 */
	public int replaceIn(TransactionContext tx, String path, List<DocumentPlan> plans) {
		List<WriteStep> steps = plans.stream().flatMap((p) -> p.steps().stream()).toList();
		int replaced = tx.run(this.statements.get("retract_file"), Map.of("path", path))
			.single()
			.get("documents")
			.asInt();
		for (WriteBatch batch : WriteBatch.lazily(steps, Integer.MAX_VALUE)) {
			for (WriteBatch.Part part : batch.parts()) {
				tx.run(this.statements.get(part.statement()), Map.of("docId", part.docId(), "rows", part.rows()))
					.consume();
			}
		}
		return replaced;
	}

	private Result stageAndSwitch(String path, List<DocumentPlan> plans, long rows, boolean firstLoad,
			FileHooks hooks) {
		String loadId = UUID.randomUUID().toString();
		List<String> documents = plans.stream().map(DocumentPlan::docId).toList();
		List<WriteStep> steps = plans.stream().flatMap((p) -> p.steps().stream()).toList();
		long start = System.nanoTime();
		if (firstLoad) {
			Result direct = writeDirectly(loadId, path, documents, steps, rows, hooks);
			if (direct != null) {
				log.info("Loaded {} ({} rows, {} batches, nothing to stage) in {} ms", path, rows, direct.batches(),
						millisSince(start));
				return direct;
			}
		}
		int batches = 0;
		try {
			write("stage_load",
					Map.of("loadId", loadId, "path", path, "documents", documents, "rows", rows, "direct", false));
			for (WriteBatch batch : WriteBatch.lazily(steps, this.batchSize)) {
				write("stage_batch", Map.of("loadId", loadId, "seq", batches, "rows", batch.rows(), "data",
						BatchCodec.encode(batch)));
				this.faults.reached(Stage.STAGED, batches);
				batches++;
			}
		}
		catch (RuntimeException ex) {
			discard(loadId);
			throw ex;
		}
		log.info("Staged {} rows of {} in {} batches in {} ms", rows, path, batches, millisSince(start));
		List<String> previous = claim(loadId);
		// The batches just staged are sliced again from the plan (the same rows, in the
		// same order) rather than read back: only a resumed switch reads them.
		int replaced = switchIn(loadId, path, documents, previous, batches,
				WriteBatch.lazily(steps, this.batchSize).iterator(), hooks);
		discard(loadId);
		log.info("Loaded {} ({} rows, {} batches) in {} ms", path, rows, batches, millisSince(start));
		return new Result(true, batches, replaced);
	}

	/**
	 * A file with no stored document is written without staging: there is no previous
	 * version to keep, so a load stopped midway is undone by retracting what it wrote
	 * (the next start does it for a killed one, see {@link #recover}) instead of being
	 * finished from staged batches. The commit point comes first, and the writes happen
	 * behind the gate as a switch's do.
	 * @return how it went, or null when the claim found the file stored (another process
	 * loaded it meanwhile): nothing was written, the caller stages it
	 */
	private Result writeDirectly(String loadId, String path, List<String> documents, List<WriteStep> steps, long rows,
			FileHooks hooks) {
		write("stage_load",
				Map.of("loadId", loadId, "path", path, "documents", documents, "rows", rows, "direct", true));
		List<String> previous = claim(loadId);
		if (!previous.isEmpty()) {
			write("end_switch", Map.of("loadId", loadId));
			discard(loadId);
			return null;
		}
		int batches = (int) ((rows + this.batchSize - 1) / this.batchSize);
		switchIn(loadId, path, documents, previous, batches, WriteBatch.lazily(steps, this.batchSize).iterator(),
				hooks);
		discard(loadId);
		return new Result(true, batches, 0);
	}

	/** The commit point: waits for the switch slot, then holds it. */
	private List<String> claim(String loadId) {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (true) {
			Record claimed = write("begin_switch", Map.of("loadId", loadId));
			if (claimed.get("claimed").asBoolean()) {
				return claimed.get("previous").asList(Value::asString);
			}
			if (System.nanoTime() > deadline) {
				discard(loadId);
				throw new IllegalStateException("Un autre chargement (" + claimed.get("holder").asString(null)
						+ ") occupe le graphe depuis plus de 10 minutes ; chargement abandonné.");
			}
			sleep(Duration.ofMillis(500));
		}
	}

	/**
	 * Writes a claimed load into the graph, then frees the gate.
	 * @param live the staged batches, in order, as the loader that staged them still has
	 * them; null when this finishes a load a crash interrupted (they are read from the
	 * graph)
	 * @return the number of previous documents removed
	 */
	private int switchIn(String loadId, String path, List<String> documents, List<String> previous, int batches,
			Iterator<WriteBatch> live, FileHooks hooks) {
		boolean resumed = (live == null);
		long start = System.nanoTime();
		Set<String> overlap = new LinkedHashSet<>(previous);
		overlap.retainAll(documents);
		List<String> older = previous.stream().filter((id) -> !overlap.contains(id)).toList();
		this.gate.beginSwitch(loadId);
		try {
			// Readers of other processes check the graph's marker at most this often:
			// nothing commits before the grace is over, but the first batch is written
			// meanwhile (uncommitted, it is not visible).
			long graceOver = System.nanoTime() + LoadGate.grace().toNanos();
			List<String> before;
			try (var session = this.driver.session()) {
				before = session.executeRead(hooks::before);
			}
			try {
				// The statements CREATE a document's relationships: a resumed
				// switch first removes what it had written before the crash.
				List<String> first = resumed ? documents : List.copyOf(overlap);
				if (!first.isEmpty()) {
					sleepUntil(graceOver);
					retract(first);
				}
				for (int seq = 0; seq < batches; seq++) {
					writeBatch(loadId, (live != null) ? live.next() : staged(loadId, seq), graceOver);
					this.faults.reached(Stage.SWITCHED, seq);
				}
				sleepUntil(graceOver);
				retract(older);
				endSwitch(loadId, documents.isEmpty() ? "retract" : "ingest", (tx) -> hooks.after(tx, before));
			}
			catch (RuntimeException ex) {
				if (resumed) {
					throw ex;
				}
				abandon(loadId, documents, ex);
				String lost = overlap.isEmpty() ? ""
						: " Le contenu inchangé de la version précédente (" + overlap.size()
								+ " document(s)) avait déjà été retiré pour être réécrit : rechargez le fichier.";
				throw new IllegalStateException("Échec pendant l'activation du chargement de " + path + " : "
						+ ex.getMessage() + ". Ce qui avait été écrit a été retiré." + lost, ex);
			}
		}
		finally {
			this.gate.endSwitch();
		}
		log.info("Switched {} in ({} batches{}) in {} ms", path, batches, resumed ? ", after a crash" : "",
				millisSince(start));
		return previous.size();
	}

	/** Bumps the graph version and frees the switch slot, in one transaction. */
	private void endSwitch(String loadId, String reason, java.util.function.Consumer<TransactionContext> last) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				last.accept(tx);
				this.version.bump(tx, reason);
				tx.run(this.statements.get("end_switch"), Map.of("loadId", loadId)).consume();
			});
		}
	}

	private void abandon(String loadId, List<String> documents, RuntimeException cause) {
		log.warn("Switch of load {} failed; retracting what it wrote", loadId, cause);
		undo(loadId, documents);
	}

	/** Retracts what a load wrote, frees the switch slot and deletes the load. */
	private void undo(String loadId, List<String> documents) {
		retract(documents);
		endSwitch(loadId, "ingest-abandoned", (tx) -> {
		});
		discard(loadId);
	}

	/**
	 * Undoes a load written without staging that a crash interrupted, behind the gate.
	 */
	private void rollBack(String loadId, List<String> documents) {
		this.gate.beginSwitch(loadId);
		try {
			undo(loadId, documents);
		}
		finally {
			this.gate.endSwitch();
		}
	}

	private WriteBatch staged(String loadId, int seq) {
		byte[] data;
		try (var session = this.driver.session()) {
			data = session
				.executeRead((tx) -> tx.run(this.statements.get("staged_batch"), Map.of("loadId", loadId, "seq", seq))
					.single()
					.get("data")
					.asByteArray());
		}
		return BatchCodec.decode(data);
	}

	/**
	 * Writes one batch in its own transaction, committed once {@code graceOver} passed.
	 */
	private void writeBatch(String loadId, WriteBatch batch, long graceOver) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run(this.statements.get("touch_load"), Map.of("loadId", loadId)).consume();
				for (WriteBatch.Part part : batch.parts()) {
					tx.run(this.statements.get(part.statement()), Map.of("docId", part.docId(), "rows", part.rows()))
						.consume();
				}
				sleepUntil(graceOver);
			});
		}
	}

	/**
	 * Retracts documents in bounded transactions ({@code CALL … IN TRANSACTIONS}, which
	 * runs only in auto-commit transactions). Idempotent.
	 */
	private void retract(List<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Map<String, Object> parameters = Map.of("ids", ids, "batchSize", this.batchSize);
		try (var session = this.driver.session()) {
			session.run(this.statements.get("retract_sources"), parameters).consume();
			session.run(this.statements.get("retract_mentions"), parameters).consume();
			session.run(this.statements.get("retract_documents"), parameters).consume();
		}
	}

	/** Deletes a load's staged batches (in bounded transactions) and the load itself. */
	private void discard(String loadId) {
		try (var session = this.driver.session()) {
			session.run(this.statements.get("discard_load"), Map.of("loadId", loadId)).consume();
		}
	}

	/**
	 * Cleans up after loads a crash interrupted: one still staging is deleted (nothing of
	 * it was visible); one that had passed its commit point is finished. Runs before
	 * every load and retraction of this process, and so at every start-up.
	 * @return one French sentence per load recovered, for the run's summary
	 */
	public List<String> recover() {
		this.running.lock();
		try {
			List<String> notes = new ArrayList<>();
			List<Record> pending;
			try (var session = this.driver.session()) {
				pending = session.executeRead(
						(tx) -> tx
							.run(this.statements.get("pending_loads"),
									Map.of("staleSeconds", this.exclusive ? 0 : this.staleAfter.toSeconds()))
							.list());
			}
			for (Record load : pending) {
				String loadId = load.get("id").asString();
				String path = load.get("path").asString(null);
				switch (load.get("state").asString("staging")) {
					case "writing" -> {
						rollBack(loadId, load.get("documents").asList(Value::asString));
						notes.add("Chargement de " + path
								+ " interrompu pendant son écriture : ce qui en avait été écrit a été retiré, rien n'en reste.");
					}
					case "switching" -> {
						switchIn(loadId, path, load.get("documents").asList(Value::asString),
								load.get("previous").asList(Value::asString), load.get("batches").asInt(0), null,
								FileHooks.NONE);
						discard(loadId);
						notes.add("Chargement de " + path
								+ " interrompu pendant son activation : terminé au démarrage suivant.");
					}
					case "done", "orphan" -> discard(loadId);
					default -> {
						discard(loadId);
						notes.add("Chargement de " + path
								+ " interrompu avant son activation : rien n'en était visible, ses lots en attente ont été supprimés.");
					}
				}
			}
			notes.forEach((note) -> log.warn("{}", note));
			return notes;
		}
		finally {
			this.running.unlock();
		}
	}

	private Record write(String statement, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				var result = tx.run(this.statements.get(statement), parameters);
				return result.hasNext() ? result.next() : null;
			});
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void sleepUntil(long nanoTime) {
		long left = nanoTime - System.nanoTime();
		if (left > 0) {
			sleep(Duration.ofNanos(left));
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
