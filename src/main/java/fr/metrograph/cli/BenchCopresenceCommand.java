package fr.metrograph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.copresence.CopresenceBenchmark;

/**
 * {@code bench-copresence}: the co-presence benchmark, on a scratch store in a temporary
 * folder (the service's own store is never touched). Runs the requested size, then the
 * same generator at {@code 1/small-factor} of it, so the naive Cypher projection can be
 * compared side by side on a size where it finishes.
 */
@Command(name = "bench-copresence", mixinStandardHelpOptions = true,
		description = "Mesure la projection de co-présence en mémoire contre la projection Cypher naïve "
				+ "(base temporaire).")
class BenchCopresenceCommand extends ScratchStoreCommand {

	@Option(names = "--people", defaultValue = "200000", description = "Nombre de personnes (${DEFAULT-VALUE}).")
	int people;

	@Option(names = "--meetings", defaultValue = "50000", description = "Nombre de réunions (${DEFAULT-VALUE}).")
	int meetings;

	@Option(names = "--small-factor", defaultValue = "10",
			description = "Taille réduite mesurée aussi : 1/N de la taille demandée, 0 pour ne pas la mesurer "
					+ "(${DEFAULT-VALUE}).")
	int smallFactor;

	@Option(names = "--samples", defaultValue = "100",
			description = "Sources échantillonnées pour l'intermédiarité (${DEFAULT-VALUE}).")
	int samples;

	@Option(names = "--naive-timeout", defaultValue = "300",
			description = "Limite de temps de la requête Cypher naïve, en secondes (${DEFAULT-VALUE}).")
	int naiveTimeout;

	@Option(names = "--seed", defaultValue = "42", description = "Graine du générateur (${DEFAULT-VALUE}).")
	long seed;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ApplicationContext context) {
		PrintWriter out = this.spec.commandLine().getOut();
		CopresenceBenchmark benchmark = context.getBean(CopresenceBenchmark.class);
		out.printf(Locale.ROOT, "cores=%d max_heap=%d MiB java=%s%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
		print(out, benchmark.run(this.people, this.meetings, this.seed, this.samples,
				Duration.ofSeconds(this.naiveTimeout), true));
		if (this.smallFactor > 1) {
			print(out, benchmark.run(this.people / this.smallFactor, this.meetings / this.smallFactor, this.seed,
					this.samples, Duration.ofSeconds(this.naiveTimeout), true));
		}
		return 0;
	}

	private static void print(PrintWriter out, CopresenceBenchmark.Result r) {
		out.printf(Locale.ROOT, "%n== %d people x %d meetings ==%n", r.people(), r.meetings());
		out.printf(Locale.ROOT, "attendances=%d largest_meeting=%d co_attendances=%d edges=%d%n", r.pairs(),
				r.largestMeeting(), r.coAttendances(), r.edges());
		out.printf(Locale.ROOT, "in-memory: build %.2f s, projection %.2f s%n", r.buildNanos() / 1e9,
				r.projectNanos() / 1e9);
		out.printf(Locale.ROOT, "metrics (betweenness on %d sampled sources %.2f s; all metrics %.2f s)%n",
				r.betweennessSamples(), r.betweennessNanos() / 1e9, r.metricsNanos() / 1e9);
		out.printf(Locale.ROOT, "heap: retained after GC %d MiB (two-mode data + graph), peak <= %d MiB%n",
				r.heapRetained() >> 20, r.heapPeak() >> 20);
		out.printf(Locale.ROOT, "neo4j load %.2f s%n", r.loadNanos() / 1e9);
		out.printf(Locale.ROOT, "streamed read + in-memory projection: %.2f s%n", r.streamedNanos() / 1e9);
		if (r.naiveFinished()) {
			out.printf(Locale.ROOT, "naive Cypher projection: %.2f s (%d rows); ratio naive/streamed %.1fx%n",
					r.naiveNanos() / 1e9, r.naiveRows(), r.ratio());
		}
		else {
			out.printf(Locale.ROOT, "naive Cypher projection: > %d s (time limit hit); ratio naive/streamed > %.1fx%n",
					r.naiveLimit().toSeconds(), r.naiveLimit().toNanos() / (double) r.streamedNanos());
		}
		out.flush();
	}

}
