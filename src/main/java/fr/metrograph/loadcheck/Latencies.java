package fr.metrograph.loadcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Latencies of one kind of request, with their statuses. Percentiles are nearest-rank on
 * the sorted sample ({@code p99} of 100 values is the 99th smallest). Thread-safe.
 */
final class Latencies {

	private final List<Long> nanos = new ArrayList<>();

	private int errors;

	private final List<Integer> statuses = new ArrayList<>();

	synchronized void add(long elapsedNanos, int status) {
		this.nanos.add(elapsedNanos);
		this.statuses.add(status);
		if (status >= 500 || status <= 0) {
			this.errors++;
		}
	}

	synchronized void addAll(Latencies other) {
		synchronized (other) {
			this.nanos.addAll(other.nanos);
			this.statuses.addAll(other.statuses);
			this.errors += other.errors;
		}
	}

	synchronized int count() {
		return this.nanos.size();
	}

	synchronized int errors() {
		return this.errors;
	}

	synchronized long count(int status) {
		return this.statuses.stream().filter((s) -> s == status).count();
	}

	/**
	 * Nearest-rank percentile, in milliseconds.
	 * @param percent 0 to 100
	 * @return the latency, or NaN when empty
	 */
	synchronized double percentile(double percent) {
		if (this.nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = new ArrayList<>(this.nanos);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
	}

	synchronized String summary() {
		return String.format(Locale.ROOT, "n=%d err=%d p50=%.0f ms p90=%.0f ms p99=%.0f ms max=%.0f ms", count(),
				this.errors, percentile(50), percentile(90), percentile(99), percentile(100));
	}

}
