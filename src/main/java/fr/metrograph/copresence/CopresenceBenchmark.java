package fr.metrograph.copresence;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.stereotype.Component;

import fr.metrograph.copresence.CopresenceRequest.Network;
import fr.metrograph.copresence.CopresenceRequest.Via;
import fr.metrograph.copresence.OneModeProjection.Weighting;
import fr.metrograph.copresence.bench.AttendanceGenerator;
import fr.metrograph.copresence.bench.AttendanceGenerator.Attendance;

/**
 * The co-presence benchmark, on a scratch store (it empties the graph): generates skewed
 * attendance, times the in-memory projection and metrics and measures their heap, loads
 * the same data into Neo4j, then times in the same run (1) the service's path: one
 * streamed read of the named query + in-memory projection, and (2) the naive Cypher
 * projection {@code MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person) WHERE id(a)
 * < id(b) RETURN a, b, count(m)}, under a time limit, and checks both find the same
 * number of edges.
 */
@Component
public class CopresenceBenchmark {

	static final String NAIVE = "MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person) WHERE id(a) < id(b) "
			+ "RETURN a, b, count(m)";

	private final Driver driver;

	private final AttendanceReader reader;

	CopresenceBenchmark(Driver driver, AttendanceReader reader) {
		this.driver = driver;
		this.reader = reader;
	}

	/**
	 * What one size measured. Times in nanoseconds, memory in bytes; {@code naiveNanos}
	 * is -1 when the naive query hit its time limit.
	 */
	public record Result(int people, int meetings, int pairs, int largestMeeting, long coAttendances, long edges,
			int betweennessSamples, long buildNanos, long projectNanos, long metricsNanos, long betweennessNanos,
			long heapBaseline, long heapRetained, long heapPeak, long loadNanos, long streamedNanos, long naiveNanos,
			long naiveRows, Duration naiveLimit) {

		public boolean naiveFinished() {
			return this.naiveNanos >= 0;
		}

		/** Naive Cypher time / streamed read + in-memory projection time. */
		public double ratio() {
			return (double) this.naiveNanos / this.streamedNanos;
		}

	}

	/** Runs one size. */
	public Result run(int people, int meetings, long seed, int samples, Duration naiveLimit, boolean metrics) {
		Attendance attendance = new AttendanceGenerator().generate(people, meetings, seed);
		String[] personIds = ids("p", people);
		String[] meetingIds = ids("m", meetings);

		long heapBaseline = usedAfterGc();
		resetPeaks();
		long t0 = System.nanoTime();
		TwoModeData.Builder builder = TwoModeData.builder();
		for (int i = 0; i < attendance.pairs(); i++) {
			builder.add(personIds[attendance.person()[i]], meetingIds[attendance.meeting()[i]]);
		}
		TwoModeData data = builder.build();
		long t1 = System.nanoTime();
		WeightedGraph graph = new OneModeProjection(Weighting.COUNT, 0).project(data);
		long t2 = System.nanoTime();
		long betweennessNanos = 0;
		long metricsNanos = 0;
		if (metrics) {
			long b0 = System.nanoTime();
			new BetweennessCentrality(true, samples, seed).scores(graph);
			betweennessNanos = System.nanoTime() - b0;
			long m0 = System.nanoTime();
			new NetworkMetrics(new NetworkMetrics.Options(samples, seed)).compute(graph);
			metricsNanos = System.nanoTime() - m0;
		}
		long heapPeak = peakHeap() - heapBaseline;
		long heapRetained = usedAfterGc() - heapBaseline;
		long edges = graph.edgeCount();
		// Keep both alive until measured: the JIT may otherwise collect them earlier.
		java.lang.ref.Reference.reachabilityFence(data);
		java.lang.ref.Reference.reachabilityFence(graph);
		data = null;
		graph = null;

		long loadNanos = load(attendance, personIds, meetingIds);
		long s0 = System.nanoTime();
		TwoModeData.Builder streamed = TwoModeData.builder();
		this.reader.read(new CopresenceRequest(Network.PEOPLE, null, null, null, Via.PEOPLE, Weighting.COUNT, 0, false),
				(row) -> streamed.add(row.actorId(), row.eventId()));
		long streamedEdges = new OneModeProjection(Weighting.COUNT, 0).project(streamed.build()).edgeCount();
		long streamedNanos = System.nanoTime() - s0;
		if (streamedEdges != edges) {
			throw new IllegalStateException(
					"Streamed projection found " + streamedEdges + " edges, in-memory " + edges);
		}
		long[] naive = naive(naiveLimit);
		if (naive[0] >= 0 && naive[1] != edges) {
			throw new IllegalStateException("Naive Cypher found " + naive[1] + " pairs, projection " + edges);
		}
		return new Result(people, meetings, attendance.pairs(), attendance.largestMeeting(), attendance.coAttendances(),
				edges, samples, t1 - t0, t2 - t1, metricsNanos, betweennessNanos, heapBaseline, heapRetained, heapPeak,
				loadNanos, streamedNanos, naive[0], naive[1], naiveLimit);
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

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sum of the heap pools' peaks since the reset: an upper bound of the peak heap. */
	private static long peakHeap() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
