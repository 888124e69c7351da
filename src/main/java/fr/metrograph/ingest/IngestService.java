package fr.metrograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.ingest.DocumentOutcome.Status;
import fr.metrograph.ingest.annotate.FrenchProseAnnotator;
import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.model.DocumentNode;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.read.DocumentRejectedException;
import fr.metrograph.ingest.read.SourceText;
import fr.metrograph.ingest.resolve.Curation;
import fr.metrograph.ingest.resolve.CurationMarks;
import fr.metrograph.ingest.resolve.CurationStep;
import fr.metrograph.ingest.resolve.PeopleRewriter;
import fr.metrograph.ingest.resolve.PersonDirectory;
import fr.metrograph.ingest.sheets.AttendanceSheetParser;
import fr.metrograph.ingest.sheets.AttendanceSheetParser.MeetingKey;
import fr.metrograph.ingest.sheets.MeetingIndex;
import fr.metrograph.ingest.write.FileHooks;
import fr.metrograph.ingest.write.FileLoader;
import fr.metrograph.ingest.write.GraphWriter;
import fr.metrograph.ingest.write.GraphWriter.DocumentPlan;
import fr.metrograph.ingest.write.PropertyMerge;

/**
 * Loads files (documents and CSV attendance sheets) into the graph. For each file: read
 * it, skip it when its fingerprint (file hash, extractor version, curation and reference
 * lists) is unchanged, extract its documents (a sheet's meetings are looked up in the
 * graph in one read), resolve people against the graph and the curation, plan the writes
 * ({@link GraphWriter}), and hand them to the {@link FileLoader}, which replaces the
 * file's previous version all or nothing: in one transaction for a small file, staged
 * then switched in by bounded transactions for a large one; the curators' marks and the
 * merged properties ({@link PropertyMerge}) are written in the transaction that makes the
 * new version visible. A failure leaves what was stored as it was. Each run first cleans
 * up after loads a crash interrupted.
 * <p>
 * Over 300 lines: it is the one orchestrator of the pipeline (ingest, retraction and the
 * curators' reload share the preparation and commit steps below); the steps themselves
 * live in the packages of {@code ingest/}.
 */
@Service
public class IngestService {

	/**
	 * Bump when extraction changes, so that unchanged files are extracted again. 7: the
	 * finders of issue #8 (6) and the per-source values on MENTIONED_IN (5) together.
	 */
	static final String EXTRACTOR_VERSION = "7";

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final Driver driver;

	private final CypherQueries queries;

	private final IngestProperties properties;

	private final ReferenceSet reference;

	private final DocumentExtractor extractor;

	private final FileLoader loader;

	private final PropertyMerge merge;

	private final DocumentReader reader;

	private final AttendanceSheetParser sheets;

	private final GraphVersion version;

	private final CurationMarks curationMarks;

	private final FailedFiles failedFiles;

	IngestService(Driver driver, CypherQueries queries, IngestProperties properties, ReferenceSet reference,
			GraphVersion version, FailedFiles failedFiles, FileLoader loader) {
		this.driver = driver;
		this.version = version;
		this.failedFiles = failedFiles;
		this.queries = queries;
		this.properties = properties;
		this.reference = reference;
		this.extractor = new DocumentExtractor(reference.data(),
				List.of(FrenchProseAnnotator.forService(properties.referenceDir(), reference.data())));
		this.loader = loader;
		this.merge = new PropertyMerge(queries);
		this.reader = new DocumentReader(properties.maxFileSize().toBytes());
		this.sheets = new AttendanceSheetParser(reference.data());
		this.curationMarks = new CurationMarks(queries);
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
		return this.loader.recover();
	}

	/**
	 * Loads files and folders (recursively; only .txt, .md and .pdf files in folders).
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
	public IngestReport ingest(List<Path> paths, Consumer<DocumentOutcome> progress,
			java.util.function.BiConsumer<Path, Stage> stages) {
		Instant start = Instant.now();
		long t0 = System.nanoTime();
		List<String> recovered = recoverInterruptedLoads();
		long t1 = System.nanoTime();
		Curation curation = curation();
		syncReference(curation);
		long t2 = System.nanoTime();
		long[] before = countGraph();
		PersonDirectory directory = loadDirectory(curation, List.of());
		long t3 = System.nanoTime();
		log.info("Ingest phases: interrupted loads checked in {} ms, reference lists in {} ms, people directory "
				+ "and curation in {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (Path file : expand(paths)) {
			List<DocumentOutcome> fileOutcomes = ingestFile(file, curation, directory, stages);
			if (fileOutcomes.stream().anyMatch((o) -> o.status() == Status.FAILED)) {
				directory = loadDirectory(curation, List.of());
			}
			// Failed files are listed by GET /api/documents/failed until a later run
			// loads them.
			fileOutcomes.forEach(this.failedFiles::record);
			fileOutcomes.forEach(progress);
			outcomes.addAll(fileOutcomes);
		}
		long[] after = countGraph();
		IngestReport report = new IngestReport(outcomes, 0, before[0], before[1], after[0], after[1],
				Duration.between(start, Instant.now()), recovered);
		log.info("Ingest finished: {}", report.summary());
		return report;
	}

	/** Number of files that {@link #ingest} would read for these paths. */
	public int countFiles(List<Path> paths) {
		return expand(paths).size();
	}

	private List<DocumentOutcome> ingestFile(Path file, Curation curation, PersonDirectory directory,
			java.util.function.BiConsumer<Path, Stage> stages) {
		String storedPath = file.toString();
		try {
			SourceText source = this.reader.read(file);
			storedPath = source.path();
			stages.accept(file, Stage.READ);
			String fingerprint = fingerprint(source, curation);
			List<Record> existing = read("ingest/document_fingerprints", Map.of("path", source.path()));
			if (!existing.isEmpty()
					&& existing.stream().allMatch((r) -> fingerprint.equals(r.get("fingerprint").asString(null)))) {
				log.debug("{} unchanged, skipped", source.path());
				return List.of(DocumentOutcome.unchanged(source.path()));
			}
			long previousRows = existing.stream().mapToLong((r) -> r.get("facts").asLong(0)).sum();
			Prepared prepared = prepare(source, fingerprint, extract(source, curation), directory, curation);
			stages.accept(file, Stage.EXTRACTED);
			this.loader.replace(source.path(), prepared.plans(), previousRows, hooks(prepared));
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

	private List<ExtractedDocument> extract(SourceText source, Curation curation) {
		return AttendanceSheetParser.isSheet(source.fileName())
				? List.of(this.sheets.parse(source.fileName(), source.text(), this::findMeetings))
				: this.extractor.extract(source.fileName(), source.text(),
						new ExtractionHints(curation.yearsFor(source.fileName())));
	}

	/**
	 * A file read, extracted, resolved and curated, ready to be written: the documents to
	 * write and the outcomes of those skipped as duplicates. Once written,
	 * {@link #outcomes()} has one outcome per document.
	 */
	private record Prepared(SourceText source, List<DocumentOutcome> skipped,
			List<Map.Entry<DocumentNode, CurationStep.Result>> toWrite, List<DocumentPlan> plans) {

		List<DocumentOutcome> outcomes() {
			List<DocumentOutcome> outcomes = new ArrayList<>(this.skipped);
			for (int i = 0; i < this.toWrite.size(); i++) {
				DocumentNode node = this.toWrite.get(i).getKey();
				ExtractedDocument doc = this.toWrite.get(i).getValue().document();
				outcomes
					.add(new DocumentOutcome(this.source.path(), doc.part(), node.id(), doc.title(), doc.kind().code(),
							doc.year(), Status.LOADED, this.plans.get(i).counts(), node.warnings(), null));
			}
			return outcomes;
		}

	}

	private FileHooks hooks(Prepared prepared) {
		return hooks(prepared.source().path(), prepared.toWrite());
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
				return IngestService.this.merge.nodesOf(tx, path);
			}

			@Override
			public void after(TransactionContext tx, List<String> before) {
				IngestService.this.merge.recompute(tx, path, before);
				for (var entry : written) {
					IngestService.this.curationMarks.apply(tx, entry.getKey().id(), entry.getValue());
				}
			}
		};
	}

	/**
	 * Replaces the file's previous version with the prepared documents, in {@code tx}.
	 */
	private void commit(TransactionContext tx, Prepared prepared) {
		FileHooks hooks = hooks(prepared);
		List<String> before = hooks.before(tx);
		this.loader.replaceIn(tx, prepared.source().path(), prepared.plans());
		hooks.after(tx, before);
	}

	private Prepared prepare(SourceText source, String fingerprint, List<ExtractedDocument> documents,
			PersonDirectory directory, Curation curation) {
		List<DocumentOutcome> outcomes = new ArrayList<>();
		List<Map.Entry<DocumentNode, CurationStep.Result>> toWrite = new ArrayList<>();
		for (ExtractedDocument doc : documents) {
			String id = Ids.document(doc.text());
			List<String> warnings = new ArrayList<>(source.warnings());
			warnings.addAll(doc.warnings());
			List<Record> same = read("ingest/find_document", Map.of("id", id));
			if (!same.isEmpty() && !source.path().equals(same.get(0).get("path").asString())) {
				outcomes.add(new DocumentOutcome(source.path(), doc.part(), id, doc.title(), doc.kind().code(),
						doc.year(), Status.DUPLICATE, null, List.of("Texte identique à un document déjà chargé depuis "
								+ same.get(0).get("path").asString() + " : ignoré."),
						null));
				continue;
			}
			java.util.Set<String> resolvedBy = new java.util.LinkedHashSet<>();
			ExtractedDocument resolved = PeopleRewriter.resolve(doc, directory, resolvedBy);
			CurationStep.Result curated = CurationStep.apply(resolved, source.path(), curation, directory, resolvedBy);
			DocumentNode node = new DocumentNode(id, doc.title(), doc.kind().code(), doc.year(), doc.years(),
					source.path(), doc.part(), source.format(), source.fileHash(), fingerprint, warnings,
					doc.text().split("\n", -1).length, java.time.ZonedDateTime.now());
			toWrite.add(Map.entry(node, curated));
		}
		List<DocumentPlan> plans = toWrite.stream()
			.map((e) -> GraphWriter.plan(e.getKey(), e.getValue().document()))
			.toList();
		return new Prepared(source, outcomes, toWrite, plans);
	}

	/**
	 * Reloads files through the whole pipeline with the current curation, in ONE write
	 * transaction that bumps the graph version with {@code reason}: what a curation
	 * change does at once (no restart). People are resolved against the graph without
	 * what these files contributed, so that undoing a merge really separates the people
	 * again. A file that is gone is retracted; one that cannot be read any more fails the
	 * whole reload, which then changes nothing. One transaction whatever the files' size:
	 * corrections touch the few files they cite.
	 * @param storedPaths the files' paths as stored on their documents
	 * @param reason recorded with the graph version (curation)
	 * @return one outcome per document
	 */
	public IngestReport reload(java.util.Collection<String> storedPaths, String reason) {
		Instant start = Instant.now();
		Curation curation = curation();
		syncReference(curation);
		long[] before = countGraph();
		List<String> paths = storedPaths.stream().distinct().sorted().toList();
		PersonDirectory directory = loadDirectory(curation, paths);
		List<Prepared> prepared = new ArrayList<>();
		List<String> gone = new ArrayList<>();
		for (String path : paths) {
			Path file = Path.of(path);
			if (!Files.isRegularFile(file)) {
				gone.add(path);
				continue;
			}
			SourceText source = this.reader.read(file);
			prepared
				.add(prepare(source, fingerprint(source, curation), extract(source, curation), directory, curation));
		}
		int[] retracted = { 0 };
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				for (String path : gone) {
					FileHooks hooks = hooks(path, List.of());
					List<String> mentioned = hooks.before(tx);
					retracted[0] += this.loader.replaceIn(tx, path, List.of());
					hooks.after(tx, mentioned);
				}
				for (Prepared file : prepared) {
					commit(tx, file);
				}
				this.curationMarks.metropolises(tx, curation);
				this.version.bump(tx, reason);
			});
		}
		List<DocumentOutcome> outcomes = new ArrayList<>();
		prepared.forEach((file) -> outcomes.addAll(file.outcomes()));
		long[] after = countGraph();
		IngestReport report = new IngestReport(outcomes, retracted[0], before[0], before[1], after[0], after[1],
				Duration.between(start, Instant.now()), List.of());
		log.info("Reloaded {} file(s) for {}: {}", paths.size(), reason, report.summary());
		return report;
	}

	/** The curation in force: the hand-written file and the corrections' folder. */
	public Curation curation() {
		return Curation.load(this.properties.curationFile(), this.properties.curationFolder());
	}

	private void syncReference(Curation curation) {
		ReferenceSync.sync(this.driver, this.queries, this.reference.data(), this.reference.hash());
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				if (this.curationMarks.metropolises(tx, curation)) {
					this.version.bump(tx, "curation");
				}
			});
		}
	}

	/**
	 * Retracts every document loaded from a file.
	 * @param storedPath the path as stored on the documents
	 * @return the number of documents removed
	 */
	public int retract(String storedPath) {
		recoverInterruptedLoads();
		long previousRows = read("ingest/document_fingerprints", Map.of("path", storedPath)).stream()
			.mapToLong((r) -> r.get("facts").asLong(0))
			.sum();
		int removed = this.loader.replace(storedPath, List.of(), previousRows, hooks(storedPath, List.of())).replaced();
		log.info("Retracted {} document(s) loaded from {}", removed, storedPath);
		return removed;
	}

	private int retractMissing(Path dir) {
		int removed = 0;
		for (Record record : read("ingest/document_paths", Map.of())) {
			String path = record.get("path").asString();
			Path file = Path.of(path);
			boolean underInput = file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
			if (underInput && !Files.exists(file)) {
				removed += retract(path);
			}
		}
		return removed;
	}

	private Map<MeetingKey, String> findMeetings(Collection<MeetingKey> keys) {
		List<Integer> years = keys.stream().map(MeetingKey::year).distinct().toList();
		MeetingIndex index = new MeetingIndex();
		try (var session = this.driver.session()) {
			session.executeRead((tx) -> {
				tx.run(this.queries.get("ingest/meetings_of_years"), Map.of("years", years))
					.forEachRemaining((r) -> index.add(r.get("id").asString(), r.get("title").asString(null),
							r.get("date").isNull() ? null : r.get("date").asLocalDate(), r.get("year").asInt()));
				return null;
			});
		}
		return index.find(keys);
	}

	private PersonDirectory loadDirectory(Curation curation, List<String> withoutPaths) {
		PersonDirectory directory = new PersonDirectory(curation);
		List<Record> people = withoutPaths.isEmpty() ? read("ingest/people_directory", Map.of())
				: read("curation/people_directory_without", Map.of("paths", withoutPaths));
		for (Record r : people) {
			directory.add(r.get("id").asString(), r.get("name").asString(),
					r.get("aliases").asList((v) -> v.asString()), r.get("affiliations").asList((v) -> v.asString()));
		}
		return directory;
	}

	private String fingerprint(SourceText source, Curation curation) {
		String material = source.fileHash() + "|" + EXTRACTOR_VERSION + "|" + curation.hash() + "|"
				+ this.reference.hash();
		return DocumentReader.sha256(material.getBytes(StandardCharsets.UTF_8));
	}

	private List<Record> read(String query, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(this.queries.get(query), parameters).list());
		}
	}

	private long[] countGraph() {
		Record record = read("ingest/count_graph", Map.of()).get(0);
		return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong() };
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

}
