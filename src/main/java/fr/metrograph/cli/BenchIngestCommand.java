package fr.metrograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.ingest.IngestBenchmark;

/**
 * {@code bench-ingest}: the ingest benchmark, on a scratch store in a temporary folder
 * (the service's own store is never touched).
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
		description = "Mesure l'extraction et le chargement sur un corpus généré (base temporaire).")
class BenchIngestCommand extends ScratchStoreCommand {

	@Option(names = "--documents", defaultValue = "1000",
			description = "Nombre de documents générés (${DEFAULT-VALUE}).")
	int documents;

	@Option(names = "--seed", defaultValue = "42", description = "Graine du générateur (${DEFAULT-VALUE}).")
	long seed;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ApplicationContext context) {
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			IngestBenchmark benchmark = context.getBean(IngestBenchmark.class);
			IngestBenchmark.Result r = benchmark.run(this.scratch.resolve("corpus"), this.documents, this.seed);
			out.printf(Locale.ROOT, "files=%d documents=%d facts_per_load=%d nodes=%d relationships=%d%n", r.files(),
					r.documents(), r.facts(), r.nodes(), r.relationships());
			out.printf(Locale.ROOT, "statements per load: batched %d, per fact %d%n", r.batchedStatements(),
					r.facts() + r.documents());
			out.printf(Locale.ROOT, "extraction: %.1f docs/s (%.2f s)%n", r.extractionDocsPerSecond(),
					r.extractionNanos() / 1e9);
			out.printf(Locale.ROOT, "load, batched UNWIND: %.1f docs/s (%.2f s)%n", r.batchedDocsPerSecond(),
					r.batchedNanos() / 1e9);
			out.printf(Locale.ROOT, "load, one statement per fact: %.1f docs/s (%.2f s)%n", r.perFactDocsPerSecond(),
					r.perFactNanos() / 1e9);
			long[] runs = benchmark.lastRuns();
			out.printf(Locale.ROOT, "runs in order (s): batched %.2f, per fact %.2f, batched %.2f, per fact %.2f%n",
					runs[0] / 1e9, runs[1] / 1e9, runs[2] / 1e9, runs[3] / 1e9);
			out.printf(Locale.ROOT, "batched / per-fact speed-up: %.2fx%n", r.speedup());
			out.printf(Locale.ROOT,
					"one write transaction (create and delete a node): %.1f ms, i.e. %.0f%% of a "
							+ "batched document's load time%n",
					r.commitNanos() / 1e6, 100.0 * r.commitNanos() * r.documents() / r.batchedNanos());
			out.flush();
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
