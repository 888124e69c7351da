package fr.metrograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.ingest.DocumentOutcome.Status;
import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.annotate.FrenchProseAnnotator;
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
import fr.metrograph.ingest.write.GraphWriter;
import fr.metrograph.ingest.write.PropertyMerge;
import fr.metrograph.ingest.sheets.AttendanceSheetParser;

/**
 * Loads files (documents and CSV attendance sheets) into the graph. For each file: read
 * it, skip it when its fingerprint (file hash, extractor version, curation and reference
 * lists) is unchanged, extract its documents, resolve people against the graph and the
 * curation, then in ONE write transaction retract what the file's previous version
 * contributed and write the new facts. A failure rolls that transaction back, so what was
 * stored stays as it was.
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

	private final GraphWriter writer;

	private final PropertyMerge merge;

	private final DocumentReader reader;

	private final AttendanceSheetParser sheets;

	private final GraphVersion version;

	private final CurationMarks curationMarks;

	private final FailedFiles failedFiles;

	IngestService(Driver driver, CypherQueries queries, IngestProperties properties, ReferenceSet reference,
			GraphVersion version, FailedFiles failedFiles) {
		this.driver = driver;
		this.version = version;
		this.failedFiles = failedFiles;
		this.queries = queries;
		this.properties = properties;
		this.reference = reference;
		this.extractor = new DocumentExtractor(reference.data(),
				List.of(FrenchProseAnnotator.forService(properties.referenceDir(), reference.data())));
		this.writer = new GraphWriter(queries, properties.batched());
		this.merge = new PropertyMerge(queries);
		this.reader = new DocumentReader(properties.maxFileSize().toBytes());
		this.sheets = new AttendanceSheetParser(reference.data());
		this.curationMarks = new CurationMarks(queries);
		List.of("ingest/find_meeting", "ingest/document_fingerprints", "ingest/document_paths", "ingest/find_document",
				"ingest/people_directory", "curation/people_directory_without")
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
				report.relationshipsBefore(), report.nodesAfter(), report.relationshipsAfter(), report.elapsed());
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
		Curation curation = curation();
		syncReference(curation);
		long[] before = countGraph();
		PersonDirectory directory = loadDirectory(curation, List.of());
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
				Duration.between(start, Instant.now()));
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
			Prepared prepared = prepare(source, fingerprint, extract(source, curation), directory, curation);
			stages.accept(file, Stage.EXTRACTED);
			try (var session = this.driver.session()) {
				session.executeWriteWithoutResult((tx) -> {
					commit(tx, prepared);
					this.version.bump(tx, "ingest");
				});
			}
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
				? List.of(this.sheets.parse(source.fileName(), source.text(), this::findMeeting))
				: this.extractor.extract(source.fileName(), source.text(),
						new ExtractionHints(curation.yearsFor(source.fileName())));
	}

	/**
	 * A file read, extracted, resolved and curated, ready to be written: the documents to
	 * write and the outcomes of those skipped as duplicates. Once written,
	 * {@link #outcomes()} has one outcome per document.
	 */
	private record Prepared(SourceText source, List<DocumentOutcome> skipped,
			List<Map.Entry<DocumentNode, CurationStep.Result>> toWrite, List<Map<String, Integer>> counts) {

		List<DocumentOutcome> outcomes() {
			List<DocumentOutcome> outcomes = new ArrayList<>(this.skipped);
			for (int i = 0; i < this.toWrite.size(); i++) {
				DocumentNode node = this.toWrite.get(i).getKey();
				ExtractedDocument doc = this.toWrite.get(i).getValue().document();
				outcomes.add(new DocumentOutcome(this.source.path(), doc.part(), node.id(), doc.title(),
						doc.kind().code(), doc.year(), Status.LOADED, this.counts.get(i), node.warnings(), null));
			}
			return outcomes;
		}

	}

	/**
	 * Retracts the file's previous version, writes the prepared documents, recomputes the
	 * properties of every node the file mentions or mentioned from all their sources
	 * ({@link PropertyMerge}: the graph does not depend on load order), then applies the
	 * curation, which overrides every source.
	 */
	private void commit(org.neo4j.driver.TransactionContext tx, Prepared prepared) {
		prepared.counts().clear();
		String path = prepared.source().path();
		List<String> mentioned = this.merge.nodesOf(tx, path);
		this.writer.retractFile(tx, path);
		for (var entry : prepared.toWrite()) {
			prepared.counts().add(this.writer.write(tx, entry.getKey(), entry.getValue().document()));
		}
		this.merge.recompute(tx, path, mentioned);
		for (var entry : prepared.toWrite()) {
			this.curationMarks.apply(tx, entry.getKey().id(), entry.getValue());
		}
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
		return new Prepared(source, outcomes, toWrite, new ArrayList<>());
	}

	/**
	 * Reloads files through the whole pipeline with the current curation, in ONE write
	 * transaction that bumps the graph version with {@code reason}: what a curation
	 * change does at once (no restart). People are resolved against the graph without
	 * what these files contributed, so that undoing a merge really separates the people
	 * again. A file that is gone is retracted; one that cannot be read any more fails the
	 * whole reload, which then changes nothing.
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
					List<String> mentioned = this.merge.nodesOf(tx, path);
					retracted[0] += this.writer.retractFile(tx, path);
					this.merge.recompute(tx, path, mentioned);
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
				Duration.between(start, Instant.now()));
		log.info("Reloaded {} file(s) for {}: {}", paths.size(), reason, report.summary());
		return report;
	}

	/** The curation in force: the hand-written file and the corrections' folder. */
	public Curation curation() {
		return Curation.load(this.properties.curationFile(), this.properties.curationFolder());
	}

	private void syncReference(Curation curation) {
		ReferenceSync.sync(this.driver, this.queries, this.reference.data());
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
		try (var session = this.driver.session()) {
			int removed = session.executeWrite((tx) -> {
				List<String> mentioned = this.merge.nodesOf(tx, storedPath);
				int documents = this.writer.retractFile(tx, storedPath);
				this.merge.recompute(tx, storedPath, mentioned);
				if (documents > 0) {
					this.version.bump(tx, "retract");
				}
				return documents;
			});
			log.info("Retracted {} document(s) loaded from {}", removed, storedPath);
			return removed;
		}
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

	private java.util.Optional<String> findMeeting(String title, java.time.LocalDate date, int year) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("title", title);
		parameters.put("date", date);
		parameters.put("year", year);
		return read("ingest/find_meeting", parameters).stream().findFirst().map((r) -> r.get("id").asString());
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
		try (var session = this.driver.session()) {
			return session.executeRead(this.writer::countGraph);
		}
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
