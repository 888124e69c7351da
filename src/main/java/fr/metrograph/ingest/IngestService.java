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
import fr.metrograph.ingest.model.DocumentNode;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.read.DocumentRejectedException;
import fr.metrograph.ingest.read.SourceText;
import fr.metrograph.ingest.resolve.Curation;
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

	private final FailedFiles failedFiles;

	IngestService(Driver driver, CypherQueries queries, IngestProperties properties, ReferenceSet reference,
			GraphVersion version, FailedFiles failedFiles) {
		this.driver = driver;
		this.version = version;
		this.failedFiles = failedFiles;
		this.queries = queries;
		this.properties = properties;
		this.reference = reference;
		this.extractor = new DocumentExtractor(reference.data());
		this.writer = new GraphWriter(queries, properties.batched());
		this.merge = new PropertyMerge(queries);
		this.reader = new DocumentReader(properties.maxFileSize().toBytes());
		this.sheets = new AttendanceSheetParser(reference.data());
		List.of("ingest/find_meeting", "ingest/document_fingerprints", "ingest/document_paths", "ingest/find_document",
				"ingest/people_directory")
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
		Instant start = Instant.now();
		ReferenceSync.sync(this.driver, this.queries, this.reference.data());
		long[] before = countGraph();
		Curation curation = Curation.load(this.properties.curationFile());
		PersonDirectory directory = loadDirectory(curation);
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (Path file : expand(paths)) {
			List<DocumentOutcome> fileOutcomes = ingestFile(file, curation, directory);
			if (fileOutcomes.stream().anyMatch((o) -> o.status() == Status.FAILED)) {
				directory = loadDirectory(curation);
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

	private List<DocumentOutcome> ingestFile(Path file, Curation curation, PersonDirectory directory) {
		String storedPath = file.toString();
		try {
			SourceText source = this.reader.read(file);
			storedPath = source.path();
			String fingerprint = fingerprint(source, curation);
			List<Record> existing = read("ingest/document_fingerprints", Map.of("path", source.path()));
			if (!existing.isEmpty()
					&& existing.stream().allMatch((r) -> fingerprint.equals(r.get("fingerprint").asString(null)))) {
				log.debug("{} unchanged, skipped", source.path());
				return List.of(DocumentOutcome.unchanged(source.path()));
			}
			List<ExtractedDocument> documents = AttendanceSheetParser.isSheet(source.fileName())
					? List.of(this.sheets.parse(source.fileName(), source.text(), this::findMeeting))
					: this.extractor.extract(source.fileName(), source.text(),
							new ExtractionHints(curation.yearsFor(source.fileName())));
			return write(source, fingerprint, documents, directory);
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

	private List<DocumentOutcome> write(SourceText source, String fingerprint, List<ExtractedDocument> documents,
			PersonDirectory directory) {
		List<DocumentOutcome> outcomes = new ArrayList<>();
		List<Map.Entry<DocumentNode, ExtractedDocument>> toWrite = new ArrayList<>();
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
			ExtractedDocument resolved = PeopleRewriter.resolve(doc, directory);
			DocumentNode node = new DocumentNode(id, doc.title(), doc.kind().code(), doc.year(), doc.years(),
					source.path(), doc.part(), source.format(), source.fileHash(), fingerprint, warnings,
					doc.text().split("\n", -1).length, java.time.ZonedDateTime.now());
			toWrite.add(Map.entry(node, resolved));
		}
		List<Map<String, Integer>> counts = new ArrayList<>();
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				List<String> mentioned = this.merge.nodesOf(tx, source.path());
				this.writer.retractFile(tx, source.path());
				for (var entry : toWrite) {
					counts.add(this.writer.write(tx, entry.getKey(), entry.getValue()));
				}
				this.merge.recompute(tx, source.path(), mentioned);
				this.version.bump(tx, "ingest");
			});
		}
		for (int i = 0; i < toWrite.size(); i++) {
			DocumentNode node = toWrite.get(i).getKey();
			ExtractedDocument doc = toWrite.get(i).getValue();
			outcomes.add(new DocumentOutcome(source.path(), doc.part(), node.id(), doc.title(), doc.kind().code(),
					doc.year(), Status.LOADED, counts.get(i), node.warnings(), null));
			log.debug("Loaded {} part {}: {}", source.path(), doc.part(), counts.get(i));
		}
		return outcomes;
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

	private PersonDirectory loadDirectory(Curation curation) {
		PersonDirectory directory = new PersonDirectory(curation);
		for (Record r : read("ingest/people_directory", Map.of())) {
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
