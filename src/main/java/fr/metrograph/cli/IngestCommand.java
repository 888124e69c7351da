package fr.metrograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.ingest.DocumentOutcome;
import fr.metrograph.ingest.IngestReport;
import fr.metrograph.ingest.IngestService;

/**
 * {@code ingest PATH…}: loads files and folders, with a progress bar and one summary line
 * per document. Exit status 0 when everything loaded, 1 when a document failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Charge des documents (.txt, .md, .pdf, .html ; fichiers ou dossiers) dans le graphe.")
class IngestCommand implements ContextCommand {

	@Parameters(arity = "1..*", paramLabel = "CHEMIN", description = "Fichiers ou dossiers à charger.")
	List<Path> paths;

	@Option(names = "--no-progress", description = "Sans barre de progression.")
	boolean noProgress;

	@Mixin
	ReferenceOption reference;

	@Spec
	CommandSpec spec;

	@Override
	public List<String> properties() {
		return this.reference.properties();
	}

	@Override
	public int run(ApplicationContext context) {
		IngestService ingest = context.getBean(IngestService.class);
		PrintWriter out = this.spec.commandLine().getOut();
		int files = ingest.countFiles(this.paths);
		IngestReport report;
		try (ProgressBar bar = progressBar(files)) {
			report = ingest.ingest(this.paths, (outcome) -> {
				if (outcome.part() <= 1 && bar != null) {
					bar.step();
				}
			});
		}
		for (DocumentOutcome outcome : report.outcomes()) {
			out.println(line(outcome));
		}
		out.println(report.summary());
		out.flush();
		return report.hasFailures() ? 1 : 0;
	}

	private ProgressBar progressBar(int files) {
		if (this.noProgress) {
			return null;
		}
		return new ProgressBarBuilder().setTaskName("Chargement")
			.setInitialMax(files)
			.setStyle(ProgressBarStyle.ASCII)
			.setConsumer(new ConsoleProgressBarConsumer(System.err))
			.setUnit(" fichiers", 1)
			.build();
	}

	static String line(DocumentOutcome o) {
		return o.line();
	}

}
