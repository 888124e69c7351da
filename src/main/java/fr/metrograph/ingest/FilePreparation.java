package fr.metrograph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.DocumentOutcome.Status;
import fr.metrograph.ingest.model.DocumentNode;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.read.SourceText;
import fr.metrograph.ingest.resolve.Curation;
import fr.metrograph.ingest.resolve.CurationStep;
import fr.metrograph.ingest.resolve.PeopleRewriter;
import fr.metrograph.ingest.resolve.PersonDirectory;
import fr.metrograph.ingest.sheets.AttendanceSheetParser;
import fr.metrograph.ingest.sheets.AttendanceSheetParser.MeetingKey;
import fr.metrograph.ingest.sheets.MeetingIndex;
import fr.metrograph.ingest.write.GraphWriter;
import fr.metrograph.ingest.write.GraphWriter.DocumentPlan;

/**
 * Everything before a file's write: read it, fingerprint it (file hash, extractor
 * version, curation and reference lists), extract its documents (a sheet's meetings are
 * looked up in the graph in one read), resolve people against the graph's people
 * directory and the curation, and plan the writes ({@link GraphWriter}). Reads the graph,
 * never writes it.
 */
final class FilePreparation {

	private final Driver driver;

	private final CypherQueries queries;

	private final IngestReads reads;

	private final ReferenceSet reference;

	private final DocumentExtractor extractor;

	private final DocumentReader reader;

	private final AttendanceSheetParser sheets;

	FilePreparation(Driver driver, CypherQueries queries, IngestReads reads, IngestProperties properties,
			ReferenceSet reference) {
		this.driver = driver;
		this.queries = queries;
		this.reads = reads;
		this.reference = reference;
		this.extractor = DocumentExtractor.withFrenchNlp(properties.referenceDir(), reference.data());
		this.reader = new DocumentReader(properties.maxFileSize().toBytes());
		this.sheets = new AttendanceSheetParser(reference.data());
	}

	/** Reads and decodes a file (rejects what cannot be read). */
	SourceText read(Path file) {
		return this.reader.read(file);
	}

	/** What decides whether a stored file must be loaded again. */
	String fingerprint(SourceText source, Curation curation) {
		String material = source.fileHash() + "|" + IngestService.EXTRACTOR_VERSION + "|" + curation.hash() + "|"
				+ this.reference.hash();
		return DocumentReader.sha256(material.getBytes(StandardCharsets.UTF_8));
	}

	/** Reads, extracts, resolves and plans a file. */
	PreparedFile prepare(SourceText source, Curation curation, PersonDirectory directory) {
		return prepare(source, fingerprint(source, curation), curation, directory);
	}

	/**
	 * Extracts, resolves and plans a file whose fingerprint is known. A document whose
	 * text is already stored from another file is skipped as a duplicate.
	 */
	PreparedFile prepare(SourceText source, String fingerprint, Curation curation, PersonDirectory directory) {
		List<DocumentOutcome> outcomes = new ArrayList<>();
		List<Map.Entry<DocumentNode, CurationStep.Result>> toWrite = new ArrayList<>();
		for (ExtractedDocument doc : extract(source, curation)) {
			String id = Ids.document(doc.text());
			List<String> warnings = new ArrayList<>(source.warnings());
			warnings.addAll(doc.warnings());
			List<Record> same = this.reads.read("ingest/find_document", Map.of("id", id));
			if (!same.isEmpty() && !source.path().equals(same.get(0).get("path").asString())) {
				outcomes.add(new DocumentOutcome(source.path(), doc.part(), id, doc.title(), doc.kind().code(),
						doc.year(), Status.DUPLICATE, null, List.of("Texte identique à un document déjà chargé depuis "
								+ same.get(0).get("path").asString() + " : ignoré."),
						null));
				continue;
			}
			Set<String> resolvedBy = new LinkedHashSet<>();
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
		return new PreparedFile(source, outcomes, toWrite, plans);
	}

	/**
	 * The people already in the graph, for resolution; without what {@code withoutPaths}
	 * contributed when they are about to be reloaded.
	 */
	PersonDirectory directory(Curation curation, List<String> withoutPaths) {
		PersonDirectory directory = new PersonDirectory(curation);
		List<Record> people = withoutPaths.isEmpty() ? this.reads.read("ingest/people_directory", Map.of())
				: this.reads.read("curation/people_directory_without", Map.of("paths", withoutPaths));
		for (Record r : people) {
			directory.add(r.get("id").asString(), r.get("name").asString(),
					r.get("aliases").asList((v) -> v.asString()), r.get("affiliations").asList((v) -> v.asString()));
		}
		return directory;
	}

	private List<ExtractedDocument> extract(SourceText source, Curation curation) {
		return AttendanceSheetParser.isSheet(source.fileName())
				? List.of(this.sheets.parse(source.fileName(), source.text(), this::findMeetings))
				: this.extractor.extract(source.fileName(), source.text(),
						new ExtractionHints(curation.yearsFor(source.fileName())));
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

}
