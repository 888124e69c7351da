package fr.metrograph.loadcheck;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the queries that escaped the timeout in issue #12 to a running service and says
 * how each ended (status, problem type, time), then sends 110 of them at once while
 * timing {@code /actuator/health}, to show the rest of the API stays responsive.
 */
final class RunawayCheck {

	/** The runaway queries, and the kinds of errors researchers meet. */
	static final Map<String, String> QUERIES = queries();

	/** Passes the checks before planning, then computes longer than any timeout. */
	static final String UNINTERRUPTIBLE = "RETURN reduce(s = 0, x IN range(1, toInteger($n)) | s + x % 3) AS total";

	private static final Pattern FIELD = Pattern.compile("\"(type|motif|detail)\":\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final LoopbackHttp http;

	private final PrintWriter out;

	RunawayCheck(URI base, PrintWriter out) {
		this.http = new LoopbackHttp(base, Duration.ofMinutes(5));
		this.out = out;
	}

	private static Map<String, String> queries() {
		Map<String, String> queries = new java.util.LinkedHashMap<>();
		queries.put("reduce sur 5 M", json("RETURN size(reduce(s = '', x IN range(1, 5000000) | s + 'x'))"));
		queries.put("liste en compréhension sur 2e9", json("RETURN size([x IN range(1, 2000000000) WHERE x % 7 = 0])"));
		queries.put("5 000 parenthèses imbriquées", json("RETURN " + "(".repeat(5000) + "1" + ")".repeat(5000)));
		queries.put("1 + 1 + … (250 000 termes)", json("RETURN 1" + " + 1".repeat(249_999)));
		queries.put("1 + 1 + … (300 termes)", json("RETURN 1" + " + 1".repeat(299)));
		queries.put("allShortestPaths sur toutes les paires",
				json("MATCH (a),(b) WITH a, b MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p)"));
		queries.put("SHOW USERS", json("SHOW USERS"));
		queries.put("SHOW DATABASES", json("SHOW DATABASES"));
		queries.put("erreur de syntaxe", json("MATCH (m:Metropolis RETURN m"));
		queries.put("produit cartésien de 1e10 lignes", json(
				"UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a * b = -1 RETURN count(*)"));
		queries.put("reduce non interruptible (bornes calculées)",
				"{\"query\": \"" + escape(UNINTERRUPTIBLE) + "\", \"params\": {\"n\": \"400000000\"}}");
		return queries;
	}

	static String json(String query) {
		return "{\"query\": \"" + escape(query) + "\"}";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	void run(int concurrent) throws InterruptedException {
		this.out.println("## Santé au repos");
		Latencies idle = new Latencies();
		for (int i = 0; i < 20; i++) {
			LoopbackHttp.Response r = this.http.get("/actuator/health");
			idle.add(r.nanos(), r.status());
		}
		this.out.println("/actuator/health : " + idle.summary());
		this.out.println();
		this.out.println("## Chaque requête, seule");
		for (Map.Entry<String, String> query : QUERIES.entrySet()) {
			LoopbackHttp.Response r = this.http.postJson("/api/cypher", query.getValue());
			this.out.printf(Locale.ROOT, "- %s : %d en %.1f s, %s%n", query.getKey(), r.status(), r.millis() / 1000,
					describe(r.body()));
			this.out.flush();
		}
		this.out.println();
		hammer("5 000 parenthèses imbriquées", QUERIES.get("5 000 parenthèses imbriquées"), concurrent);
		hammer("reduce non interruptible (bornes calculées)",
				QUERIES.get("reduce non interruptible (bornes calculées)"), concurrent);
	}

	private void hammer(String name, String body, int concurrent) throws InterruptedException {
		this.out.printf("## %d requêtes « %s » à la fois, santé mesurée pendant ce temps%n", concurrent, name);
		Latencies health = new Latencies();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread prober = new Thread(() -> {
			while (running.get()) {
				LoopbackHttp.Response r = this.http.get("/actuator/health");
				health.add(r.nanos(), r.status());
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		prober.setDaemon(true);
		prober.start();
		ExecutorService pool = Executors.newFixedThreadPool(concurrent);
		Latencies answers = new Latencies();
		Map<String, Integer> outcomes = new TreeMap<>();
		CountDownLatch done = new CountDownLatch(concurrent);
		long start = System.nanoTime();
		for (int i = 0; i < concurrent; i++) {
			pool.execute(() -> {
				LoopbackHttp.Response r = this.http.postJson("/api/cypher", body);
				answers.add(r.nanos(), r.status());
				synchronized (outcomes) {
					outcomes.merge(r.status() + " " + field(r.body(), "type"), 1, Integer::sum);
				}
				done.countDown();
			});
		}
		done.await(10, TimeUnit.MINUTES);
		double wall = (System.nanoTime() - start) / 1e9;
		running.set(false);
		prober.join(5000);
		pool.shutdownNow();
		this.out.printf(Locale.ROOT, "toutes les réponses en %.1f s ; réponses : %s%n", wall, answers.summary());
		outcomes.forEach((outcome, n) -> this.out.printf("  %d × %s%n", n, outcome));
		this.out.println("/actuator/health pendant ce temps : " + health.summary());
		this.out.println();
		this.out.flush();
	}

	private static String describe(String body) {
		String type = field(body, "type");
		String motif = field(body, "motif");
		String detail = field(body, "detail");
		if (type.isEmpty()) {
			return body.length() > 120 ? body.substring(0, 120) + "…" : body;
		}
		String shortDetail = detail.lines().findFirst().orElse("");
		if (shortDetail.length() > 160) {
			shortDetail = shortDetail.substring(0, 160) + "…";
		}
		return type.substring(type.lastIndexOf('/') + 1) + (motif.isEmpty() ? "" : " (" + motif + ")") + " — « "
				+ shortDetail + " »";
	}

	private static String field(String body, String name) {
		Matcher matcher = FIELD.matcher(body);
		while (matcher.find()) {
			if (matcher.group(1).equals(name)) {
				return matcher.group(2).replace("\\n", "\n").replace("\\\"", "\"");
			}
		}
		return "";
	}

	static List<String> names() {
		return new ArrayList<>(QUERIES.keySet());
	}

}
