package fr.metrograph.ingest;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.ingest.annotate.FrenchNlp;
import fr.metrograph.ingest.bench.CorpusGenerator;
import fr.metrograph.ingest.bench.SheetGenerator;
import fr.metrograph.ingest.bench.SheetGenerator.Sheet;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.read.SourceText;
import fr.metrograph.ingest.sheets.AttendanceSheetParser;

/**
 * The ingest benchmark, on a scratch store (it empties the graph before every run).
 * <ul>
 * <li><b>Corpus</b>: generates documents in the four known shapes, times extraction
 * alone, then the service's whole path ({@link IngestService#ingest}: read, extract,
 * resolve, write, one transaction per file).</li>
 * <li><b>Sheet</b>: generates one large attendance sheet and times, interleaved, the
 * service's whole path on it (read, parse, resolve, write: a first load, so not staged)
 * against the reference: the same facts (people, meetings, attendance with its status,
 * evidence and lines, affiliations and participations) written from the already parsed
 * rows by one raw {@code UNWIND … MERGE} statement in transactions of the same size,
 * without provenance nodes, staging or resolution.</li>
 * </ul>
 * Both warm up on a tenth of the data first (JIT, Cypher plan cache, page cache), then,
 * for the sheet, on one untimed full-size round each; every timed run starts after a full
 * collection and once the JIT compilers are idle. Every run and the median are reported,
 * runs of the two paths alternating so that a change in the machine's load hits both.
 * <p>
 * Why just over 300 lines: the service's load, its reference (a raw UNWIND of the same
 * facts) and their warmed-up, interleaved timing stay side by side so that the ratio is
 * measured in one run.
 */
@Component
public class IngestBenchmark {

	/** The reference: the sheet's facts, one raw statement, no provenance. */
	static final String RAW = """
			UNWIND $rows AS row
			MERGE (p:Person {id: row.personId})
			  ON CREATE SET p.name = row.name
			MERGE (m:Meeting {id: row.meetingId})
			  ON CREATE SET m.title = row.title, m.startDate = row.date, m.year = row.year
			MERGE (p)-[a:ATTENDED {source: $docId, capacity: row.capacity}]->(m)
			SET a.status = row.status, a.evidence = row.evidence, a.lines = row.lines
			WITH p, m, row
			WHERE row.bodyId IS NOT NULL
			MATCH (b:Metropolis {id: row.bodyId})
			MERGE (p)-[f:AFFILIATED_WITH {source: $docId}]->(b)
			MERGE (b)-[:PARTICIPATED_IN {source: $docId, as: 'attendee'}]->(m)
			""";

	private static final String EMPTY = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS";

	private final Driver driver;

	private final CypherQueries queries;

	private final ReferenceSet reference;

	private final IngestService ingest;

	private final int batchSize;

	private final IngestProperties properties;

	IngestBenchmark(Driver driver, CypherQueries queries, ReferenceSet reference, IngestService ingest,
			IngestProperties properties) {
		this.driver = driver;
		this.queries = queries;
		this.reference = reference;
		this.ingest = ingest;
		this.batchSize = properties.batchSize();
		this.properties = properties;
	}

	/**
	 * What the corpus measured.
	 *
	 * @param files files generated
	 * @param documents documents extracted
	 * @param extractionNanos read + extract every file, no database
	 * @param loadNanos each run of the service's whole path, in order
	 * @param nodes nodes after a run
	 * @param relationships relationships after a run
	 */
	public record CorpusResult(int files, int documents, long extractionNanos, List<Long> loadNanos, long nodes,
			long relationships) {
	}

	/**
	 * What the sheet measured.
	 *
	 * @param sheet the generated sheet
	 * @param serviceNanos each run of the service's whole path, in order
	 * @param rawNanos each run of the raw reference, in order (interleaved with the
	 * service's)
	 * @param batchSize rows per transaction in both
	 * @param service nodes and relationships after the service's run
	 * @param raw nodes and relationships after the reference's run
	 * @param serviceCpuNanos the CPU time of the whole process (the benchmark's thread,
	 * the embedded database's threads, the garbage collector) in each run of the service,
	 * which other processes on the machine change less than the wall clock
	 * @param rawCpuNanos the same for the reference
	 */
	public record SheetResult(Sheet sheet, List<Long> serviceNanos, List<Long> rawNanos, int batchSize, long[] service,
			long[] raw, List<Long> serviceCpuNanos, List<Long> rawCpuNanos, List<Long> warmUpNanos) {
	}

	/** One timed run: wall-clock and the process's CPU time, in nanoseconds. */
	private record Timing(long wallNanos, long cpuNanos) {
	}

	/** Generates {@code count} documents in {@code dir} and measures them. */
	public CorpusResult corpus(Path dir, int count, long seed, int runs) throws IOException {
		List<Path> files = new CorpusGenerator(seed).write(dir, count);
		DocumentReader reader = new DocumentReader(Long.MAX_VALUE);
		DocumentExtractor extractor = DocumentExtractor.withFrenchNlp(this.properties.referenceDir(),
				this.reference.data());
		// the French NLP models load once per JVM (about 15 s idle): not per document
		FrenchNlp.shared().load();
		int documents = 0;
		long start = System.nanoTime();
		for (Path file : files) {
			SourceText source = reader.read(file);
			documents += extractor.extract(source.fileName(), source.text(), ExtractionHints.none()).size();
		}
		long extraction = System.nanoTime() - start;
		Path warmUp = dir.resolveSibling("corpus-warm-up");
		new CorpusGenerator(seed + 1).write(warmUp, Math.max(1, count / 10));
		empty();
		this.ingest.ingest(List.of(warmUp), (o) -> {
		});
		List<Long> loads = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			empty();
			long t0 = System.nanoTime();
			this.ingest.ingest(List.of(dir), (o) -> {
			});
			loads.add(System.nanoTime() - t0);
		}
		long[] graph = counts();
		return new CorpusResult(files.size(), documents, extraction, loads, graph[0], graph[1]);
	}

	/**
	 * Generates a sheet of {@code people} × {@code meetings} in {@code dir} and measures
	 * it.
	 */
	public SheetResult sheet(Path dir, int people, int meetings, long seed, int runs) throws IOException {
		Sheet warmUp = new SheetGenerator(seed + 1).write(dir.resolve("warm-up.csv"), Math.max(2, people / 10),
				Math.max(1, meetings / 10));
		Sheet sheet = new SheetGenerator(seed).write(dir.resolve("presences.csv"), people, meetings);
		runService(warmUp.file());
		runRaw(warmUp.file());
		// Then one untimed round of each path on the sheet itself: the JIT still compiles
		// the code that only a full-size sheet makes hot (the first timed run of a
		// service used to be its slowest by 10-20 %).
		Timing fullService = runService(sheet.file());
		Timing fullRaw = runRaw(sheet.file());
		List<Long> service = new ArrayList<>();
		List<Long> raw = new ArrayList<>();
		List<Long> serviceCpu = new ArrayList<>();
		List<Long> rawCpu = new ArrayList<>();
		long[] serviceGraph = null;
		long[] rawGraph = null;
		for (int run = 0; run < runs; run++) {
			Timing serviceRun = runService(sheet.file());
			service.add(serviceRun.wallNanos());
			serviceCpu.add(serviceRun.cpuNanos());
			serviceGraph = counts();
			Timing rawRun = runRaw(sheet.file());
			raw.add(rawRun.wallNanos());
			rawCpu.add(rawRun.cpuNanos());
			rawGraph = counts();
		}
		return new SheetResult(sheet, service, raw, this.batchSize, serviceGraph, rawGraph, serviceCpu, rawCpu,
				List.of(fullService.wallNanos(), fullRaw.wallNanos()));
	}

	/**
	 * Times the service's whole path on an emptied store, wall clock and process CPU.
	 */
	private Timing runService(Path sheet) {
		empty();
		settle();
		long cpuStart = cpuNanos();
		long start = System.nanoTime();
		IngestReport report = this.ingest.ingest(List.of(sheet), (o) -> {
		});
		Timing timing = new Timing(System.nanoTime() - start, cpuNanos() - cpuStart);
		if (report.hasFailures()) {
			throw new IllegalStateException("The sheet failed to load: " + report.outcomes());
		}
		return timing;
	}

	/**
	 * Before a timed run, untimed: a full collection, then until the JIT compilers have
	 * been idle for 0.4 s (10 s at most), so that neither path's run pays for the
	 * previous one's garbage or compilations.
	 */
	private static void settle() {
		System.gc();
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
			return;
		}
		long deadline = System.nanoTime() + 10_000_000_000L;
		long last = jit.getTotalCompilationTime();
		int quiet = 0;
		while (quiet < 2 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			long now = jit.getTotalCompilationTime();
			quiet = (now - last <= 5) ? quiet + 1 : 0;
			last = now;
		}
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * Parses the sheet (not timed), then times the raw statement alone, wall clock and
	 * process CPU.
	 */
	private Timing runRaw(Path file) throws IOException {
		empty();
		ReferenceSync.sync(this.driver, this.queries, this.reference.data(), this.reference.hash());
		String text = Files.readString(file);
		ExtractedDocument sheet = new AttendanceSheetParser(this.reference.data()).parse(file.getFileName().toString(),
				text, (keys) -> Map.of());
		Map<String, PersonMention> people = new java.util.HashMap<>();
		sheet.people().forEach((p) -> people.put(p.id(), p));
		Map<String, MeetingFact> meetings = new java.util.HashMap<>();
		sheet.meetings().forEach((m) -> meetings.put(m.id(), m));
		List<AttendanceFact> facts = sheet.attendance();
		settle();
		long cpuStart = cpuNanos();
		long start = System.nanoTime();
		try (var session = this.driver.session()) {
			for (int from = 0; from < facts.size(); from += this.batchSize) {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (AttendanceFact a : facts.subList(from, Math.min(facts.size(), from + this.batchSize))) {
					PersonMention p = people.get(a.personId());
					MeetingFact m = meetings.get(a.meetingId());
					Map<String, Object> row = new java.util.HashMap<>();
					row.put("personId", a.personId());
					row.put("name", p.name());
					row.put("meetingId", a.meetingId());
					row.put("title", m.title());
					row.put("date", m.startDate());
					row.put("year", m.year());
					row.put("capacity", a.capacity().code());
					row.put("status", a.status().code());
					row.put("evidence", a.evidence().text());
					row.put("lines", a.evidence().lines());
					row.put("bodyId", p.affiliationId());
					rows.add(row);
				}
				session.executeWriteWithoutResult((tx) -> tx.run(RAW, Map.of("docId", "raw", "rows", rows)).consume());
			}
		}
		return new Timing(System.nanoTime() - start, cpuNanos() - cpuStart);
	}

	private void empty() {
		try (var session = this.driver.session()) {
			session.run(EMPTY).consume();
		}
	}

	private long[] counts() {
		try (var session = this.driver.session()) {
			var record = session.executeRead((tx) -> tx.run(this.queries.get("ingest/count_graph")).single());
			return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong() };
		}
	}

	/** The median of some timings. */
	public static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
