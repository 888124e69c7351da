package fr.metrograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.ingest.IngestBenchmark;
import fr.metrograph.ingest.bench.SheetGenerator;

/**
 * {@code bench-ingest}: the ingest benchmark, on a scratch store in a temporary folder
 * (the service's own store is never touched). With {@code --sheet-out FILE}, only writes
 * the generated sheet (to load it with {@code ingest}, for instance under
 * {@code -Xmx2g}).
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
		description = "Mesure le chargement d'un corpus généré et d'une grande feuille de présence, "
				+ "à côté d'un UNWIND … MERGE brut des mêmes faits (base temporaire).")
class BenchIngestCommand extends ScratchStoreCommand {

	@Option(names = "--documents", defaultValue = "1000",
			description = "Documents du corpus généré, 0 pour ne pas le mesurer (${DEFAULT-VALUE}).")
	int documents;

	@Option(names = "--sheet-people", defaultValue = "20000",
			description = "Personnes de la feuille de présence générée, 0 pour ne pas la mesurer (${DEFAULT-VALUE}).")
	int sheetPeople;

	@Option(names = "--sheet-meetings", defaultValue = "5000",
			description = "Réunions de la feuille de présence générée (${DEFAULT-VALUE}).")
	int sheetMeetings;

	@Option(names = "--runs", defaultValue = "3",
			description = "Mesures de chaque chemin, alternées (${DEFAULT-VALUE}).")
	int runs;

	@Option(names = "--seed", defaultValue = "42", description = "Graine du générateur (${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--sheet-out", paramLabel = "FICHIER",
			description = "Écrit seulement la feuille générée dans ce fichier, sans rien mesurer.")
	Path sheetOut;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ApplicationContext context) {
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			if (this.sheetOut != null) {
				SheetGenerator.Sheet sheet = new SheetGenerator(this.seed).write(this.sheetOut, this.sheetPeople,
						this.sheetMeetings);
				out.printf(Locale.ROOT, "%s: %d rows, %d people, %d meetings, %.1f MB%n", sheet.file(), sheet.rows(),
						sheet.people(), sheet.meetings(), sheet.bytes() / 1e6);
				out.flush();
				return 0;
			}
			IngestBenchmark benchmark = context.getBean(IngestBenchmark.class);
			out.printf(Locale.ROOT, "cores=%d max_heap=%d MiB java=%s runs=%d (interleaved, after a warm-up)%n",
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
					System.getProperty("java.version"), this.runs);
			if (this.documents > 0) {
				IngestBenchmark.CorpusResult r = benchmark.corpus(this.scratch.resolve("corpus"), this.documents,
						this.seed, this.runs);
				out.printf(Locale.ROOT, "%n== corpus: %d files, %d documents ==%n", r.files(), r.documents());
				out.printf(Locale.ROOT, "extraction (read + split + classify + extract): %.1f docs/s (%.2f s)%n",
						r.documents() / (r.extractionNanos() / 1e9), r.extractionNanos() / 1e9);
				long median = IngestBenchmark.median(r.loadNanos());
				out.printf(Locale.ROOT,
						"service ingest (read, extract, resolve, write): median %.2f s, %.1f docs/s; " + "runs %s%n",
						median / 1e9, r.documents() / (median / 1e9), seconds(r.loadNanos()));
				out.printf(Locale.ROOT, "graph: %d nodes, %d relationships%n", r.nodes(), r.relationships());
			}
			if (this.sheetPeople > 0) {
				IngestBenchmark.SheetResult r = benchmark.sheet(this.scratch.resolve("sheets"), this.sheetPeople,
						this.sheetMeetings, this.seed, this.runs);
				long service = IngestBenchmark.median(r.serviceNanos());
				long raw = IngestBenchmark.median(r.rawNanos());
				out.printf(Locale.ROOT,
						"%n== sheet: %d rows (%d people, %d meetings, %.1f MB), %d rows per transaction ==%n",
						r.sheet().rows(), r.sheet().people(), r.sheet().meetings(), r.sheet().bytes() / 1e6,
						r.batchSize());
				out.printf(Locale.ROOT,
						"service ingest (read, parse, resolve, write): median %.2f s (%.0f rows/s); runs %s%n",
						service / 1e9, r.sheet().rows() / (service / 1e9), seconds(r.serviceNanos()));
				out.printf(Locale.ROOT,
						"reference, raw UNWIND … MERGE of the same facts: median %.2f s (%.0f rows/s); runs %s%n",
						raw / 1e9, r.sheet().rows() / (raw / 1e9), seconds(r.rawNanos()));
				out.printf(Locale.ROOT, "service / raw: %.2fx%n", (double) service / raw);
				out.printf(Locale.ROOT, "untimed full-size warm-up round: service %.2f s, raw %.2f s%n",
						r.warmUpNanos().get(0) / 1e9, r.warmUpNanos().get(1) / 1e9);
				long serviceCpu = IngestBenchmark.median(r.serviceCpuNanos());
				long rawCpu = IngestBenchmark.median(r.rawCpuNanos());
				out.printf(Locale.ROOT,
						"CPU time of the process (all its threads): service median %.2f s "
								+ "(runs %s), raw median %.2f s (runs %s); service / raw: %.2fx%n",
						serviceCpu / 1e9, seconds(r.serviceCpuNanos()), rawCpu / 1e9, seconds(r.rawCpuNanos()),
						(double) serviceCpu / rawCpu);
				out.printf(Locale.ROOT, "graph: service %d nodes, %d relationships; raw %d nodes, %d relationships%n",
						r.service()[0], r.service()[1], r.raw()[0], r.raw()[1]);
			}
			out.flush();
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String seconds(List<Long> nanos) {
		return nanos.stream().map((n) -> String.format(Locale.ROOT, "%.2f", n / 1e9)).collect(Collectors.joining(", "));
	}

}
