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
import fr.metrograph.ingest.sheets.AttendanceSheetParser;
import fr.metrograph.ingest.sheets.AttendanceSheetParser.MeetingKey;
import fr.metrograph.ingest.sheets.MeetingIndex;
import fr.metrograph.ingest.write.FileLoader;
import fr.metrograph.ingest.write.GraphWriter;
import fr.metrograph.ingest.write.GraphWriter.DocumentPlan;

/**
 * Loads files (documents and CSV attendance sheets) into the graph. For each file: read
 * it, skip it when its fingerprint (file hash, extractor version, curation and reference
 * lists) is unchanged, extract its documents (a sheet's meetings are looked up in the
 * graph in one read), resolve people against the graph and the curation, plan the writes
 * ({@link GraphWriter}), and hand them to the {@link FileLoader}, which replaces the
 * file's previous version all or nothing: in one transaction for a small file, staged
 * then switched in by bounded transactions for a large one. A failure leaves what was
 * stored as it was. Each run first cleans up after loads a crash interrupted.
 */
@Service
public class IngestService {

	/** Bump when extraction changes, so that unchanged files are extracted again. */
	static final String EXTRACTOR_VERSION = "6";

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final Driver driver;

	private final CypherQueries queries;

	private final IngestProperties properties;

	private final ReferenceSet reference;

	private final DocumentExtractor extractor;

	private final FileLoader loader;

	private final DocumentReader reader;

	private final AttendanceSheetParser sheets;

	IngestService(Driver driver, CypherQueries queries, IngestProperties properties, ReferenceSet reference,
			FileLoader loader) {
		this.driver = driver;
		this.queries = queries;
		this.properties = properties;
		this.reference = reference;
		this.loader = loader;
		this.extractor = new DocumentExtractor(reference.data());
		this.reader = new DocumentReader(properties.maxFileSize().toBytes());
		this.sheets = new AttendanceSheetParser(reference.data());
		List.of("ingest/meetings_of_years", "ingest/document_fingerprints", "ingest/document_paths",
				"ingest/find_document", "ingest/people_directory", "ingest/count_graph")
			.forEach(queries::get);
	}

	/**
	 * Cleans up after loads a crash interrupted (see {@link FileLoader#recover}); every
	 * ingest and retraction does it first.
	 * @return what was done, in French, one sentence per load
	 */
	public List<String> recoverInterruptedLoads() {
		return this.loader.recover();
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
	 * Loads files and folders (recursively; only .txt, .md and .pdf files in folders).
	 * @param paths files or folders
	 * @param progress told of each outcome as it happens
	 * @return one outcome per document
	 */
	public IngestReport ingest(List<Path> paths, Consumer<DocumentOutcome> progress) {
		Instant start = Instant.now();
		long t0 = System.nanoTime();
		List<String> recovered = recoverInterruptedLoads();
		long t1 = System.nanoTime();
		ReferenceSync.sync(this.driver, this.queries, this.reference.data(), this.reference.hash());
		long t2 = System.nanoTime();
		long[] before = countGraph();
		Curation curation = Curation.load(this.properties.curationFile());
		PersonDirectory directory = loadDirectory(curation);
		long t3 = System.nanoTime();
		log.info("Ingest phases: interrupted loads checked in {} ms, reference lists in {} ms, people directory "
				+ "and curation in {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
		List<DocumentOutcome> outcomes = new ArrayList<>();
		for (Path file : expand(paths)) {
			List<DocumentOutcome> fileOutcomes = ingestFile(file, curation, directory);
			if (fileOutcomes.stream().anyMatch((o) -> o.status() == Status.FAILED)) {
				directory = loadDirectory(curation);
			}
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
			long previousRows = existing.stream().mapToLong((r) -> r.get("facts").asLong(0)).sum();
			List<ExtractedDocument> documents = AttendanceSheetParser.isSheet(source.fileName())
					? List.of(this.sheets.parse(source.fileName(), source.text(), this::findMeetings))
					: this.extractor.extract(source.fileName(), source.text(),
							new ExtractionHints(curation.yearsFor(source.fileName())));
			return write(source, fingerprint, documents, directory, previousRows);
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
			PersonDirectory directory, long previousRows) {
		List<DocumentOutcome> outcomes = new ArrayList<>();
		List<Map.Entry<DocumentPlan, ExtractedDocument>> toWrite = new ArrayList<>();
		Map<String, List<String>> warningsById = new HashMap<>();
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
			toWrite.add(Map.entry(GraphWriter.plan(node, resolved), doc));
			warningsById.put(id, node.warnings());
		}
		this.loader.replace(source.path(), toWrite.stream().map(Map.Entry::getKey).toList(), previousRows);
		for (var entry : toWrite) {
			DocumentPlan plan = entry.getKey();
			ExtractedDocument doc = entry.getValue();
			outcomes.add(new DocumentOutcome(source.path(), doc.part(), plan.docId(), doc.title(), doc.kind().code(),
					doc.year(), Status.LOADED, plan.counts(), warningsById.get(plan.docId()), null));
			log.debug("Loaded {} part {}: {}", source.path(), doc.part(), plan.counts());
		}
		return outcomes;
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
		int removed = this.loader.replace(storedPath, List.of(), previousRows).replaced();
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
