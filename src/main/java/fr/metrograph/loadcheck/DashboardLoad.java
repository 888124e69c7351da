package fr.metrograph.loadcheck;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard load test: {@code clients} concurrent clients, each sending the requests
 * of {@link #MIX} one after the other (each client starting at a different place in it)
 * for {@code duration}, after a warm-up that is not counted (a request sent inside the
 * window is counted, however long it takes). {@code /actuator/health} is part of the mix,
 * so its latency is measured under the same load; the promise is that the dashboard's p99
 * stays within 5× health's p99. Bounded: at most 256 clients and 10 minutes, on loopback
 * only.
 */
final class DashboardLoad {

	/** Health, measured in the same run as the dashboard's requests. */
	static final String HEALTH = "/actuator/health";

	/** The requests the dashboard's pages make, and the yearly report. */
	static final List<String> MIX = List.of(HEALTH, "/api/trends/membership?group=agents", "/api/trends/meetings",
			"/api/trends/themes", "/api/charts/membership.png?from=2019&to=2025&group=agents",
			"/api/charts/meetings.png?from=2019&to=2025", HEALTH, "/api/charts/themes.png?from=2019&to=2025",
			"/api/meetings?year=2024", "/api/trends/themes/planned-vs-realised",
			"/api/charts/planned-vs-realised.png?from=2019&to=2025", HEALTH,
			"/api/copresence/metropolises?via=presenters&from=2024&to=2025", "/api/copresence/people?from=2022&to=2022",
			"/api/charts/copresence.png?network=metropolises&via=presenters&from=2024&to=2025", "/api/metropolises",
			HEALTH, "/api/metropolises/bordeaux", "/api/charts/metropolis-timeline.png?id=bordeaux&from=2019&to=2025",
			"/api/people?q=scuotto", "/api/people/christelle-scuotto-calvez", HEALTH, "/api/documents",
			"/api/conflicts", "/api/reports/2025.html", "/api/trends/lines", HEALTH);

	/**
	 * What a run measured.
	 *
	 * @param byPath latencies per request of the mix
	 * @param dashboard every request but health
	 * @param health health's
	 * @param requests requests counted
	 * @param elapsed the counted duration
	 */
	record Result(Map<String, Latencies> byPath, Latencies dashboard, Latencies health, long requests,
			Duration elapsed) {

		double ratioP99() {
			return this.dashboard.percentile(99) / this.health.percentile(99);
		}

	}

	private final LoopbackHttp http;

	DashboardLoad(URI base) {
		this.http = new LoopbackHttp(base, Duration.ofSeconds(60));
	}

	Result run(int clients, Duration warmup, Duration duration) throws InterruptedException {
		if (clients < 1 || clients > 256 || duration.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new IllegalArgumentException("Charge bornée : 1 à 256 clients, 10 minutes au plus.");
		}
		Map<String, Latencies> byPath = new LinkedHashMap<>();
		MIX.forEach((path) -> byPath.putIfAbsent(path, new Latencies()));
		long start = System.nanoTime();
		long countFrom = start + warmup.toNanos();
		long end = countFrom + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients, (task) -> {
			Thread thread = new Thread(task, "load-client");
			thread.setDaemon(true);
			return thread;
		});
		CountDownLatch done = new CountDownLatch(clients);
		for (int c = 0; c < clients; c++) {
			int offset = (c * 7) % MIX.size();
			pool.execute(() -> {
				try {
					for (int i = offset; System.nanoTime() < end; i++) {
						String path = MIX.get(i % MIX.size());
						long sent = System.nanoTime();
						LoopbackHttp.Response response = this.http.get(path);
						// Counted when sent inside the window, however long it takes:
						// dropping
						// the requests still running at the end would favour the fast
						// ones.
						if (sent >= countFrom) {
							byPath.get(path).add(response.nanos(), response.status());
						}
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await(warmup.plus(duration).plusMinutes(2).toMillis(), TimeUnit.MILLISECONDS);
		pool.shutdownNow();
		Latencies dashboard = new Latencies();
		byPath.forEach((path, latencies) -> {
			if (!path.equals(HEALTH)) {
				dashboard.addAll(latencies);
			}
		});
		long requests = byPath.values().stream().mapToLong(Latencies::count).sum();
		return new Result(byPath, dashboard, byPath.get(HEALTH), requests, duration);
	}

	/** The paths in the order of the mix, without repeats. */
	static List<String> paths() {
		return new ArrayList<>(new java.util.LinkedHashSet<>(MIX));
	}

}
