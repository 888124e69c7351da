package fr.metrograph.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import fr.metrograph.graph.StoreReadiness;

/**
 * Loads new and changed documents of the input folder when the service starts, then
 * reports the store ready. Files that fail are listed by {@link FailedFiles}. A failure
 * leaves the service up (what was stored is still served) and the health endpoint DOWN
 * with the reason.
 */
@Component
class StartupIngest implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupIngest.class);

	private final IngestService ingest;

	private final IngestProperties properties;

	private final StoreReadiness readiness;

	StartupIngest(IngestService ingest, IngestProperties properties, StoreReadiness readiness) {
		this.ingest = ingest;
		this.properties = properties;
		this.readiness = readiness;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.onStartup()) {
			// A load a crash interrupted still holds the graph's switch slot: free it.
			List<String> recovered = this.ingest.recoverInterruptedLoads();
			this.readiness.ready("chargement au démarrage désactivé (app.ingest.on-startup=false)"
					+ (recovered.isEmpty() ? "" : " ; " + String.join(" ", recovered)));
			return;
		}
		try {
			long start = System.nanoTime();
			IngestReport report = this.ingest.ingestInputDirectory((outcome) -> {
				if (outcome.status() == DocumentOutcome.Status.FAILED) {
					log.warn("{}: {}", outcome.path(), outcome.error());
				}
			});
			this.readiness.ready(report.summary());
			log.info("Start-up phase: documents of {} loaded in {} ms; ready {} ms after the JVM started",
					this.properties.inputDir(), (System.nanoTime() - start) / 1_000_000,
					java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
		}
		catch (RuntimeException ex) {
			log.error("Initial load of {} failed", this.properties.inputDir(), ex);
			this.readiness.failed(ex.getMessage());
		}
	}

}
