package fr.metrograph.copresence;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.copresence.OneModeProjection.Weighting;
import fr.metrograph.copresence.bench.AttendanceGenerator;
import fr.metrograph.copresence.bench.AttendanceGenerator.Attendance;

/**
 * The co-presence benchmark, on a scratch store (it empties the graph). For one size of
 * generated attendance, loaded into Neo4j, it measures side by side, in interleaved
 * rounds after a warm-up round:
 * <ol>
 * <li><b>the service</b>: what {@code GET /api/copresence/people} does for its first page
 * with a cold cache (the read of the attendance, in-process on this embedded store, the
 * projection, degree, weighted degree and components, the ranked page, its JSON), HTTP
 * aside;</li>
 * <li><b>in memory</b>: the same network built from the same pairs already in memory (no
 * database);</li>
 * <li><b>scipy</b>: {@code bench/scipy_projection.py}, A·Aᵀ without the diagonal and the
 * degrees, on the same pairs (Debian's {@code python3-scipy}, when installed).</li>
 * </ol>
 * Then the same request from the cache, the heavy metrics as a background job would
 * compute them, and the process's peak RSS. Optionally the naive Cypher projection
 * {@code MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person) WHERE id(a) < id(b)
 * RETURN a, b, count(m)} under a time limit.
 * <p>
 * Over 300 lines: the load, the three measured paths and the scipy process are one run
 * whose rounds interleave and whose results go into one record; {@link #loadOnly} reuses
 * the same generator and load for the service's memory measure.
 */
@Component
public class CopresenceBenchmark {

	static final String NAIVE = "MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person) WHERE id(a) < id(b) "
			+ "RETURN a, b, count(m)";

	static final CopresenceRequest PEOPLE = new CopresenceRequest(Network.PEOPLE, null, null, null, Via.PEOPLE,
			Weighting.COUNT, 0, false);

	private final Driver driver;

	private final NetworkStore store;

	private final CopresenceService service;

	private final CopresenceProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	CopresenceBenchmark(Driver driver, NetworkStore store, CopresenceService service, CopresenceProperties properties) {
		this.driver = driver;
		this.store = store;
		this.service = service;
		this.properties = properties;
	}

	/**
	 * How to run.
	 *
	 * @param sheets the attendance-sheet profile (about 19.5 people per meeting) rather
	 * than the historical skewed one (3.6)
	 * @param runs interleaved rounds
	 * @param samples sampled sources for betweenness
	 * @param naiveLimit time limit of the naive Cypher projection, or null to skip it
	 * @param python the Python with scipy, or null to skip scipy
	 * @param script {@code bench/scipy_projection.py}
	 * @param scratch a folder for the pairs file
	 */
	public record Options(boolean sheets, int runs, int samples, Duration naiveLimit, Path python, Path script,
			Path scratch) {
	}

	/**
	 * What one size measured; times in nanoseconds, in the order they ran.
	 *
	 * @param scipy empty when scipy was not run
	 * @param scipyRssMib peak RSS of the scipy process, or -1
	 * @param naiveNanos -1 when skipped or over the limit
	 */
	public record Result(int people, int meetings, int pairs, int largestMeeting, long coAttendances, long edges,
			long loadNanos, List<Long> service, List<Long> inMemory, List<Long> scipy, long scipyEdges,
			long scipyRssMib, long cachedNanos, long jsonBytes, int pageNodes, int pageEdges, long betweennessNanos,
			long communitiesNanos, long eigenvectorNanos, long rssPeakMib, long heapMaxMib, long naiveNanos,
			long naiveRows) {
	}

	/** Runs one size. */
	public Result run(int people, int meetings, long seed, Options options) throws IOException, InterruptedException {
		AttendanceGenerator generator = options.sheets() ? AttendanceGenerator.sheets() : new AttendanceGenerator();
		Attendance attendance = generator.generate(people, meetings, seed);
		String[] personIds = ids("p", people);
		String[] meetingIds = ids("m", meetings);
		Path pairs = options.scratch().resolve("pairs-" + people + "x" + meetings + ".bin");
		writePairs(attendance, pairs);
		long loadNanos = load(attendance, personIds, meetingIds);

		List<Long> service = new ArrayList<>();
		List<Long> inMemory = new ArrayList<>();
		List<Long> scipy = new ArrayList<>();
		long[] scipyFacts = { -1, -1 };
		// Round 0 warms up (JIT, plan cache, page cache) and is not kept.
		for (int round = 0; round <= options.runs(); round++) {
			long s = timeService();
			long m = timeInMemory(attendance, personIds, meetingIds);
			long p = (options.python() != null) ? timeScipy(options, pairs, people, meetings, scipyFacts) : -1;
			if (round > 0) {
				service.add(s);
				inMemory.add(m);
				if (p >= 0) {
					scipy.add(p);
				}
			}
		}
		ProjectedNetwork network = this.store.get(PEOPLE);
		if (scipyFacts[0] >= 0 && scipyFacts[0] != network.edges()) {
			throw new IllegalStateException("scipy found " + scipyFacts[0] + " edges, the service " + network.edges());
		}
		long c0 = System.nanoTime();
		byte[] page = this.json.writeValueAsBytes(answer());
		long cached = System.nanoTime() - c0;
		CopresenceViews.NetworkView view = (CopresenceViews.NetworkView) ((CopresenceService.Ready) answer()).view();
		long b0 = System.nanoTime();
		new BetweennessCentrality(true, options.samples(), seed).scores(network.graph());
		long b1 = System.nanoTime();
		network.communities();
		long b2 = System.nanoTime();
		network.eigenvector();
		long b3 = System.nanoTime();
		long[] naive = (options.naiveLimit() != null) ? naive(options.naiveLimit()) : new long[] { -1, -1 };
		return new Result(people, meetings, attendance.pairs(), attendance.largestMeeting(), attendance.coAttendances(),
				network.edges(), loadNanos, service, inMemory, scipy, scipyFacts[0], scipyFacts[1], cached, page.length,
				view.nodes().size(), view.edges().size(), b1 - b0, b2 - b1, b3 - b2, rssPeakMib(),
				Runtime.getRuntime().maxMemory() >> 20, naive[0], naive[1]);
	}

	/**
	 * Only generates attendance and loads it into the (empty) store, for a service to be
	 * started on it afterwards.
	 * @return the load's duration in nanoseconds
	 */
	public long loadOnly(int people, int meetings, long seed, boolean sheets) {
		AttendanceGenerator generator = sheets ? AttendanceGenerator.sheets() : new AttendanceGenerator();
		return load(generator.generate(people, meetings, seed), ids("p", people), ids("m", meetings));
	}

	private CopresenceService.Answer answer() {
		return this.service.page(PEOPLE, CopresenceService.PageRequest.first(), "/api/copresence/people");
	}

	/** The service's first page with a cold cache, serialised as the API would. */
	private long timeService() {
		this.store.clear();
		long start = System.nanoTime();
		CopresenceService.Answer answer = answer();
		if (!(answer instanceof CopresenceService.Ready)) {
			throw new IllegalStateException("The first page should not need a job: " + answer);
		}
		try (OutputStream out = OutputStream.nullOutputStream()) {
			this.json.writeValue(out, ((CopresenceService.Ready) answer).view());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return System.nanoTime() - start;
	}

	private long timeInMemory(Attendance attendance, String[] personIds, String[] meetingIds) {
		long start = System.nanoTime();
		TwoModeData.Builder builder = TwoModeData.builder();
		for (int i = 0; i < attendance.pairs(); i++) {
			builder.add(personIds[attendance.person()[i]], meetingIds[attendance.meeting()[i]]);
		}
		TwoModeData data = builder.build();
		WeightedGraph graph = new OneModeProjection(Weighting.COUNT, 0).project(data);
		String[] names = new String[data.actorCount()];
		for (int i = 0; i < names.length; i++) {
			names[i] = data.actorId(i);
		}
		ProjectedNetwork network = new ProjectedNetwork(data, names, graph,
				this.properties.optionsFor(graph.nodeCount()));
		NetworkPages.nodes(graph, network.order(Metric.WEIGHTED_DEGREE), 0, this.properties.pageSize(),
				this.properties.edgesPerPage());
		return System.nanoTime() - start;
	}

	private static long timeScipy(Options options, Path pairs, int people, int meetings, long[] facts)
			throws IOException, InterruptedException {
		Process process = new ProcessBuilder(options.python().toString(), options.script().toString(), pairs.toString(),
				Integer.toString(people), Integer.toString(meetings))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("scipy failed: " + output);
		}
		// The last line is the JSON; anything before it is Python's warnings.
		String last = output.strip().lines().reduce((a, b) -> b).orElse("");
		Map<?, ?> result = JsonMapper.builder().build().readValue(last, Map.class);
		facts[0] = ((Number) result.get("edges")).longValue();
		facts[1] = Math.max(facts[1], ((Number) result.get("max_rss_mib")).longValue());
		return (long) (((Number) result.get("seconds")).doubleValue() * 1e9);
	}

	private static void writePairs(Attendance attendance, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		ByteBuffer buffer = ByteBuffer.allocate(8 * attendance.pairs()).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < attendance.pairs(); i++) {
			buffer.putInt(attendance.person()[i]).putInt(attendance.meeting()[i]);
		}
		try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
			out.write(buffer.array());
		}
	}

	private long load(Attendance attendance, String[] personIds, String[] meetingIds) {
		long start = System.nanoTime();
		try (var session = this.driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			batches(session, "UNWIND $rows AS id CREATE (:Person {id: id, name: id})", List.of(personIds));
			batches(session, "UNWIND $rows AS id CREATE (:Meeting {id: id, year: 2024, kind: 'meeting'})",
					List.of(meetingIds));
			List<Map<String, Object>> rows = new ArrayList<>(attendance.pairs());
			for (int i = 0; i < attendance.pairs(); i++) {
				rows.add(Map.of("p", personIds[attendance.person()[i]], "m", meetingIds[attendance.meeting()[i]]));
			}
			batches(session, "UNWIND $rows AS row MATCH (p:Person {id: row.p}) MATCH (m:Meeting {id: row.m}) "
					+ "CREATE (p)-[:ATTENDED {status: 'present', capacity: 'participant', source: 'bench'}]->(m)",
					rows);
			// A content version, as an ingest would leave: the cache is keyed on it.
			session.run("MERGE (s:GraphState {id: 'graph'}) SET s.version = coalesce(s.version, 0) + 1").consume();
		}
		return System.nanoTime() - start;
	}

	private static void batches(org.neo4j.driver.Session session, String statement, List<?> rows) {
		for (int from = 0; from < rows.size(); from += 10_000) {
			List<?> batch = rows.subList(from, Math.min(rows.size(), from + 10_000));
			session.executeWriteWithoutResult((tx) -> tx.run(statement, Map.of("rows", batch)).consume());
		}
	}

	/** Returns {nanos or -1 on time-out, rows}. */
	private long[] naive(Duration limit) {
		long start = System.nanoTime();
		try (var session = this.driver.session()) {
			long rows = session.executeRead((tx) -> {
				var result = tx.run(NAIVE);
				long count = 0;
				while (result.hasNext()) {
					result.next();
					count++;
				}
				return count;
			}, TransactionConfig.builder().withTimeout(limit).build());
			return new long[] { System.nanoTime() - start, rows };
		}
		catch (Neo4jException ex) {
			if (System.nanoTime() - start >= limit.toNanos() * 9 / 10) {
				return new long[] { -1, -1 };
			}
			throw ex;
		}
	}

	private static String[] ids(String prefix, int count) {
		String[] ids = new String[count];
		for (int i = 0; i < count; i++) {
			ids[i] = prefix + i;
		}
		return ids;
	}

	/** Peak resident set of this process (Linux {@code VmHWM}), or -1. */
	static long rssPeakMib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
		return -1;
	}

	/** The median of some timings. */
	public static long median(List<Long> values) {
		if (values.isEmpty()) {
			return -1;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
