package fr.metrograph.copresence;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import fr.metrograph.copresence.CopresenceViews.JobView;

/**
 * Heavy metrics of large networks, computed in the background so that no request waits
 * for them: one worker thread (the machine's cores serve requests too), jobs
 * de-duplicated (the same metrics of the same network at the same graph version are one
 * job, however many clients ask), progress and a French status polled by the client,
 * finished jobs kept an hour. The results land in the network's own cache
 * ({@link ProjectedNetwork}), so the request that started the job is answered at once
 * when repeated.
 */
@Component
class CopresenceJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CopresenceJobs.class);

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "copresence-jobs");
		thread.setDaemon(true);
		return thread;
	});

	private final Cache<String, Job> jobs = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).build();

	private final Map<String, Job> byWork = new ConcurrentHashMap<>();

	/** A job's state, updated by the worker and read by pollers. */
	static final class Job {

		final String id = UUID.randomUUID().toString();

		final List<String> metrics;

		final String result;

		volatile String state = "waiting";

		volatile double progress;

		volatile String step = "En attente d'un calcul en cours";

		volatile String error;

		Job(Set<Metric> metrics, String result) {
			this.metrics = metrics.stream().map(Metric::code).toList();
			this.result = result;
		}

		JobView view() {
			String status = switch (this.state) {
				case "running" -> "en cours";
				case "done" -> "terminé";
				case "failed" -> "échec";
				default -> "en attente";
			};
			return new JobView(this.id, this.state, status, this.progress, this.step, this.metrics, this.result,
					this.error);
		}

	}

	/**
	 * Starts (or joins) the computation of {@code metrics} on a network.
	 * @param network the network, from the version-keyed store
	 * @param work identifies the network, its parameters and graph version
	 * @param metrics the heavy metrics to compute
	 * @param result the URL that answers once they are computed
	 * @return the job
	 */
	JobView submit(ProjectedNetwork network, String work, Set<Metric> metrics, String result) {
		Job job = this.byWork.computeIfAbsent(work + "|" + metrics, (key) -> {
			Job created = new Job(metrics, result);
			this.jobs.put(created.id, created);
			this.worker.execute(() -> run(created, network, metrics, key));
			return created;
		});
		return job.view();
	}

	/** A job by id, or null when unknown or expired. */
	JobView find(String id) {
		Job job = this.jobs.getIfPresent(id);
		return (job != null) ? job.view() : null;
	}

	private void run(Job job, ProjectedNetwork network, Set<Metric> metrics, String key) {
		long start = System.nanoTime();
		job.state = "running";
		try {
			int total = metrics.size();
			int done = 0;
			for (Metric metric : List.of(Metric.BETWEENNESS, Metric.COMMUNITY, Metric.EIGENVECTOR)) {
				if (!metrics.contains(metric)) {
					continue;
				}
				double base = (double) done / total;
				job.progress = base;
				job.step = step(metric, 0);
				switch (metric) {
					case BETWEENNESS -> network.betweenness((fraction) -> {
						job.progress = base + fraction / total;
						job.step = step(metric, fraction);
					});
					case COMMUNITY -> network.communities();
					default -> network.eigenvector();
				}
				done++;
			}
			job.progress = 1;
			job.step = "Terminé";
			job.state = "done";
			log.info("Co-presence job {} ({}) done in {} ms on {} nodes, {} edges", job.id, job.metrics,
					(System.nanoTime() - start) / 1_000_000, network.nodes(), network.edges());
		}
		catch (RuntimeException | OutOfMemoryError ex) {
			job.state = "failed";
			job.error = "Le calcul a échoué : " + ex.getMessage();
			log.warn("Co-presence job {} failed", job.id, ex);
		}
		finally {
			// Done or failed, a new request may start it again (failed) or find the
			// results in the network (done).
			this.byWork.remove(key);
		}
	}

	private static String step(Metric metric, double fraction) {
		return switch (metric) {
			case BETWEENNESS -> String.format(Locale.FRANCE, "Calcul de l'intermédiarité (%.0f %%)", 100 * fraction);
			case COMMUNITY -> "Détection des communautés (Louvain)";
			case EIGENVECTOR -> "Centralité de vecteur propre";
			default -> "Calcul";
		};
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
