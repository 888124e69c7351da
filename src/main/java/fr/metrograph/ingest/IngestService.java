package fr.metrograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.ingest.DocumentOutcome.Status;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.read.DocumentRejectedException;
import fr.metrograph.ingest.read.SourceText;
import fr.metrograph.ingest.resolve.Curation;
import fr.metrograph.ingest.resolve.PersonDirectory;
import fr.metrograph.ingest.write.FileLoader;

/**
 * Loads files (documents and CSV attendance sheets) into the graph. For each file: read
 * it, skip it when its fingerprint (file hash, extractor version, curation and reference
 * lists) is unchanged, prepare it ({@link FilePreparation}: extract, resolve people
 * against the graph and the curation, plan the writes) and write it
 * ({@link FileCommits}): the {@link FileLoader} replaces the file's previous version all
 * or nothing, in one transaction for a small file, staged then switched in by bounded
 * transactions for a large one, with the curators' marks and the merged properties in the
 * transaction that makes the new version visible. A failure leaves what was stored as it
 * was. Each run first cleans up after loads a crash interrupted. Also the entry point of
 * retractions and of the curators' reloads ({@link CurationReload}).
 */
@Service
public class IngestService {

	/**
	 * Bump when extraction changes, so that unchanged files are extracted again. 7: the
	 * finders of issue #8 (6) and the per-source values on MENTIONED_IN (5) together.
	 */
	static final String EXTRACTOR_VERSION = "7";

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final IngestProperties properties;

	private final IngestReads reads;

	private final FilePreparation preparation;

	private final FileCommits commits;

	private final CurationReload reload;

	private final FailedFiles failedFiles;

	IngestService(Driver driver, CypherQueries queries, IngestProperties properties, ReferenceSet reference,
			GraphVersion version, FailedFiles failedFiles, FileLoader loader) {
		this.properties = properties;
		this.failedFiles = failedFiles;
		this.reads = new IngestReads(driver, queries);
		this.preparation = new FilePreparation(driver, queries, this.reads, properties, reference);
		this.commits = new FileCommits(driver, queries, reference, version, loader);
		this.reload = new CurationReload(driver, this.reads, this.preparation, this.commits, version);
		List.of("ingest/meetings_of_years", "ingest/document_fingerprints", "ingest/document_paths",
				"ingest/find_document", "ingest/people_directory", "ingest/count_graph",
				"curation/people_directory_without")
			.forEach(queries::get);
	}

	/** Loads the configured input folder and retracts documents whose file is gone. */
	public IngestReport ingestInputDirectory(Consumer<DocumentOutcome> progress) {
		Path dir = this.properties.inputDir();
		if (!Files.isDirectory(dir)) {
			log.warn("Input folder {} does not exist; nothing to load", dir.toAbsolutePath());
			return ingest(List.of(), progress);
		}
		int retracted = this.properties.retractMissing() ? retractMissing(dir) : 0;
		IngestReport report = ingest(List.of(dir), progress);
		return new IngestReport(report.outcomes(), report.retracted() + retracted, report.nodesBefore(),
				report.relationshipsBefore(), report.nodesAfter(), report.relationshipsAfter(), report.elapsed(),
				report.recovered());
	}

	/**
	 * Cleans up after loads a crash interrupted (see {@link FileLoader#recover}); every
	 * ingest and retraction does it first.
	 * @return what was done, in French, one sentence per load
	 */
	public List<String> recoverInterruptedLoads() {
		return this.commits.recover();
	}

	/**
	 * Loads files and folders (recursively; only .txt, .md, .pdf and .html files in
	 * folders).
	 * @param paths files or folders
	 * @param progress told of each outcome as it happens
	 * @return one outcome per document
	 */
	public IngestReport ingest(List<Path> paths, Consumer<DocumentOutcome> progress) {
		return ingest(paths, progress, (path, stage) -> {
		});
	}

	/** What a file went through so far, for a progress display. */
	public enum Stage {

		/** Read and decoded. */
		READ,
		/** Facts extracted, resolved and curated. */
		EXTRACTED

	}

	/**
	 * Loads files and folders, telling {@code stages} when each file is read and when its
	 * facts are extracted (outcomes come when it is loaded, or failed).
	 * @param paths files or folders
	 * @param progress told of each outcome as it happens
	 * @param stages told of each file's stages
	 * @return one outcome per document
	 */
	public IngestReport ingest(List<Path> paths, Consumer<DocumentOutcome> progress, BiConsumer<Path, Stage> stages) {
		Instant start = Instant.now();
		long t0 = System.nanoTime();
		List<String> recovered = recoverInterruptedLoads();
		long t1 = System.nanoTime();
		Curation curation = curation();
		this.commits.syncReference(curation);
		long t2 = System.nanoTime();
		long[] before = this.reads.countGraph();
		// The people already stored are read only when a file is to be
		// loaded: a run where nothing changed (most starts) never reads them.
		Lazy<PersonDirectory> directory = new Lazy<>(() -> this.preparation.directory(curation, List.of()));
		long t3 = System.nanoTime();
		log.info("Ingest phases: interrupted loads checked in {} ms, reference lists and curation in {} ms, graph "
				+ "counted in {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (Path file : expand(paths)) {
			List<DocumentOutcome> fileOutcomes = ingestFile(file, curation, directory, stages);
			if (fileOutcomes.stream().anyMatch((o) -> o.status() == Status.FAILED)) {
				directory.reset();
			}
			// Failed files are listed by GET /api/documents/failed until a later run
			// loads them.
			fileOutcomes.forEach(this.failedFiles::record);
			fileOutcomes.forEach(progress);
			outcomes.addAll(fileOutcomes);
		}
		long[] after = this.reads.countGraph();
		IngestReport report = new IngestReport(outcomes, 0, before[0], before[1], after[0], after[1],
				Duration.between(start, Instant.now()), recovered);
		log.info("Ingest finished: {}", report.summary());
		return report;
	}

	/** Number of files that {@link #ingest} would read for these paths. */
	public int countFiles(List<Path> paths) {
		return expand(paths).size();
	}

	private List<DocumentOutcome> ingestFile(Path file, Curation curation, Lazy<PersonDirectory> directory,
			BiConsumer<Path, Stage> stages) {
		String storedPath = file.toString();
		try {
			SourceText source = this.preparation.read(file);
			storedPath = source.path();
			stages.accept(file, Stage.READ);
			String fingerprint = this.preparation.fingerprint(source, curation);
			List<Record> existing = this.reads.read("ingest/document_fingerprints", Map.of("path", source.path()));
			if (!existing.isEmpty()
					&& existing.stream().allMatch((r) -> fingerprint.equals(r.get("fingerprint").asString(null)))) {
				log.debug("{} unchanged, skipped", source.path());
				return List.of(DocumentOutcome.unchanged(source.path()));
			}
			PreparedFile prepared = this.preparation.prepare(source, fingerprint, curation, directory.get());
			stages.accept(file, Stage.EXTRACTED);
			this.commits.replace(prepared, IngestReads.stored(existing));
			return prepared.outcomes();
		}
		catch (DocumentRejectedException ex) {
			log.warn("{} rejected: {}", storedPath, ex.getMessage());
			return List.of(DocumentOutcome.failed(storedPath, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.warn("{} failed", storedPath, ex);
			return List.of(DocumentOutcome.failed(storedPath, "Erreur pendant le chargement : " + ex.getMessage()));
		}
	}

	/**
	 * Reloads files through the whole pipeline with the current curation, in one write
	 * transaction that bumps the graph version with {@code reason} (see
	 * {@link CurationReload}).
	 * @param storedPaths the files' paths as stored on their documents
	 * @param reason recorded with the graph version (curation)
	 * @return one outcome per document
	 */
	public IngestReport reload(Collection<String> storedPaths, String reason) {
		return this.reload.reload(curation(), storedPaths, reason);
	}

	/** The curation in force: the hand-written file and the corrections' folder. */
	public Curation curation() {
		return Curation.load(this.properties.curationFile(), this.properties.curationFolder());
	}

	/**
	 * Retracts every document loaded from a file.
	 * @param storedPath the path as stored on the documents
	 * @return the number of documents removed
	 */
	public int retract(String storedPath) {
		recoverInterruptedLoads();
		int removed = this.commits.retract(storedPath, this.reads.stored(storedPath));
		log.info("Retracted {} document(s) loaded from {}", removed, storedPath);
		return removed;
	}

	private int retractMissing(Path dir) {
		int removed = 0;
		for (Record record : this.reads.read("ingest/document_paths", Map.of())) {
			String path = record.get("path").asString();
			Path file = Path.of(path);
			boolean underInput = file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
			if (underInput && !Files.exists(file)) {
				removed += retract(path);
			}
		}
		return removed;
	}

	private static List<Path> expand(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile).filter(DocumentReader::accepts).sorted().forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			else {
				files.add(path);
			}
		}
		return files;
	}

	/** A value made on first use, and made again after {@link #reset}. */
	private static final class Lazy<T> {

		private final Supplier<T> make;

		private T value;

		Lazy(Supplier<T> make) {
			this.make = make;
		}

		T get() {
			if (this.value == null) {
				this.value = this.make.get();
			}
			return this.value;
		}

		void reset() {
			this.value = null;
		}

	}

}
