package fr.metrograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.copresence.CopresenceBenchmark;
import fr.metrograph.copresence.CopresenceBenchmark.Result;

/**
 * {@code bench-copresence}: the co-presence benchmark, on a scratch store in a temporary
 * folder (the service's own store is never touched). Runs the requested size, then the
 * same generator at {@code 1/small-factor} of it, each with the service's first page, the
 * same computation in memory and scipy side by side.
 */
@Command(name = "bench-copresence", mixinStandardHelpOptions = true,
		description = "Mesure la première page de /api/copresence/people à côté du même calcul en mémoire et de "
				+ "scipy (A·Aᵀ), sur une base temporaire.")
class BenchCopresenceCommand extends ScratchStoreCommand {

	@Option(names = "--people", defaultValue = "200000", description = "Nombre de personnes (${DEFAULT-VALUE}).")
	int people;

	@Option(names = "--meetings", defaultValue = "50000", description = "Nombre de réunions (${DEFAULT-VALUE}).")
	int meetings;

	@Option(names = "--small-factor", defaultValue = "10",
			description = "Taille réduite mesurée aussi : 1/N de la taille demandée, 0 pour ne pas la mesurer "
					+ "(${DEFAULT-VALUE}).")
	int smallFactor;

	@Option(names = "--profile", defaultValue = "sheets",
			description = "Profil des présences : sheets (≈ 19,5 personnes par réunion, celui des chiffres du ticket "
					+ "#11) ou skewed (≈ 3,6) (${DEFAULT-VALUE}).")
	String profile;

	@Option(names = "--runs", defaultValue = "3",
			description = "Tours alternés mesurés, après un tour d'échauffement (${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--samples", defaultValue = "100",
			description = "Sources échantillonnées pour l'intermédiarité (${DEFAULT-VALUE}).")
	int samples;

	@Option(names = "--python", defaultValue = "/usr/bin/python3",
			description = "Python avec scipy (python3-scipy de Debian), « none » pour s'en passer (${DEFAULT-VALUE}).")
	String python;

	@Option(names = "--naive-timeout", defaultValue = "0",
			description = "Limite de la projection Cypher naïve en secondes, 0 pour ne pas la mesurer (${DEFAULT-VALUE}).")
	int naiveTimeout;

	@Option(names = "--seed", defaultValue = "42", description = "Graine du générateur (${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--load-into", paramLabel = "DOSSIER",
			description = "Ne mesure rien : charge les présences générées (--people, --meetings, --profile, --seed) "
					+ "dans une base neuve dans ce dossier (qui ne doit pas exister ou doit être vide) et la laisse là, "
					+ "pour y démarrer le service (mesure de sa mémoire).")
	Path loadInto;

	@Spec
	CommandSpec spec;

	@Override
	public List<String> properties() {
		if (this.loadInto == null) {
			return super.properties();
		}
		// The benchmark empties the graph it loads into: never an existing store.
		try (Stream<Path> entries = Files.isDirectory(this.loadInto) ? Files.list(this.loadInto) : Stream.empty()) {
			if (Files.exists(this.loadInto) && (!Files.isDirectory(this.loadInto) || entries.findAny().isPresent())) {
				throw new IllegalStateException("Le dossier " + this.loadInto
						+ " existe et n'est pas vide : --load-into veut un dossier neuf, car la base y est vidée.");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.of("app.neo4j.embedded.directory=" + this.loadInto.toAbsolutePath());
	}

	@Override
	public int run(ApplicationContext context) {
		PrintWriter out = this.spec.commandLine().getOut();
		CopresenceBenchmark benchmark = context.getBean(CopresenceBenchmark.class);
		if (this.loadInto != null) {
			long nanos = benchmark.loadOnly(this.people, this.meetings, this.seed, !this.profile.equals("skewed"));
			out.printf(Locale.ROOT, "%d people x %d meetings (profile %s) loaded into %s in %.1f s%n", this.people,
					this.meetings, this.profile, this.loadInto.toAbsolutePath(), nanos / 1e9);
			out.flush();
			return 0;
		}
		Path script = Path.of("bench/scipy_projection.py");
		Path pythonPath = (this.python.equals("none") || !Files.isExecutable(Path.of(this.python))
				|| !Files.exists(script)) ? null : Path.of(this.python);
		CopresenceBenchmark.Options options = new CopresenceBenchmark.Options(!this.profile.equals("skewed"), this.runs,
				this.samples, (this.naiveTimeout > 0) ? Duration.ofSeconds(this.naiveTimeout) : null, pythonPath,
				script, this.scratch.resolve("pairs"));
		out.printf(Locale.ROOT,
				"cores=%d max_heap=%d MiB java=%s profile=%s runs=%d (interleaved, after a warm-up)%s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("java.version"), this.profile, this.runs,
				(pythonPath == null) ? "; scipy not run (no " + this.python + " or no " + script + ")" : "");
		try {
			print(out, benchmark.run(this.people, this.meetings, this.seed, options));
			if (this.smallFactor > 1) {
				print(out, benchmark.run(this.people / this.smallFactor, this.meetings / this.smallFactor, this.seed,
						options));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		return 0;
	}

	private static void print(PrintWriter out, Result r) {
		long service = CopresenceBenchmark.median(r.service());
		long memory = CopresenceBenchmark.median(r.inMemory());
		long scipy = CopresenceBenchmark.median(r.scipy());
		out.printf(Locale.ROOT, "%n== %d people x %d meetings ==%n", r.people(), r.meetings());
		out.printf(Locale.ROOT, "attendances=%d largest_meeting=%d co_attendances=%d edges=%d; neo4j load %.1f s%n",
				r.pairs(), r.largestMeeting(), r.coAttendances(), r.edges(), r.loadNanos() / 1e9);
		out.printf(Locale.ROOT,
				"service, first page, cold cache (in-process read + projection + page + JSON): median %.2f s; runs %s%n",
				service / 1e9, seconds(r.service()));
		out.printf(Locale.ROOT, "in memory, same network from the same pairs: median %.2f s; runs %s%n", memory / 1e9,
				seconds(r.inMemory()));
		if (scipy >= 0) {
			out.printf(Locale.ROOT, "scipy.sparse A·Aᵀ + degrees: median %.2f s; runs %s (%d edges, peak RSS %d MiB)%n",
					scipy / 1e9, seconds(r.scipy()), r.scipyEdges(), r.scipyRssMib());
			out.printf(Locale.ROOT, "service / scipy: %.2fx; in memory / scipy: %.2fx%n", (double) service / scipy,
					(double) memory / scipy);
		}
		out.printf(Locale.ROOT, "service / in memory: %.2fx%n", (double) service / memory);
		out.printf(Locale.ROOT, "same request from the cache: %.3f s, %d bytes of JSON (%d nodes, %d edges)%n",
				r.cachedNanos() / 1e9, r.jsonBytes(), r.pageNodes(), r.pageEdges());
		out.printf(Locale.ROOT,
				"heavy metrics (background job above app.copresence.background-edges): "
						+ "betweenness %.2f s, communities %.2f s, eigenvector %.2f s%n",
				r.betweennessNanos() / 1e9, r.communitiesNanos() / 1e9, r.eigenvectorNanos() / 1e9);
		out.printf(Locale.ROOT, "process peak RSS %d MiB (max heap %d MiB)%n", r.rssPeakMib(), r.heapMaxMib());
		if (r.naiveNanos() >= 0) {
			out.printf(Locale.ROOT, "naive Cypher projection: %.2f s (%d rows)%n", r.naiveNanos() / 1e9, r.naiveRows());
		}
		out.flush();
	}

	private static String seconds(List<Long> nanos) {
		return nanos.stream().map((n) -> String.format(Locale.ROOT, "%.2f", n / 1e9)).collect(Collectors.joining(", "));
	}

}
