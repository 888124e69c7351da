package fr.metrograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.reports.NoDataForYearException;
import fr.metrograph.reports.ReportFormat;
import fr.metrograph.reports.ReportService;

/**
 * {@code report --year 2025 [--format pdf] [--out rapport.pdf]}: writes the yearly
 * report, by default to {@code rapport-2025.pdf} (or {@code .html}) in the current
 * folder. Exit status 0 when written, 1 when the year has no data (with a French
 * message).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Écrit le rapport annuel du réseau (PDF ou HTML).")
class ReportCommand implements ContextCommand {

	@Option(names = "--year", required = true, paramLabel = "ANNÉE", description = "L'année du rapport.")
	int year;

	@Option(names = "--format", defaultValue = "pdf", paramLabel = "FORMAT",
			description = "pdf ou html (${DEFAULT-VALUE}).")
	String format;

	@Option(names = "--out", paramLabel = "FICHIER",
			description = "Le fichier à écrire (par défaut rapport-ANNÉE.pdf ou .html dans le dossier courant).")
	Path out;

	@Spec
	CommandSpec spec;

	@Override
	public boolean readsStore() {
		return true;
	}

	@Override
	public int run(ApplicationContext context) {
		PrintWriter err = this.spec.commandLine().getErr();
		ReportFormat reportFormat;
		try {
			reportFormat = ReportFormat.of(this.format);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.flush();
			return 2;
		}
		if (this.out == null) {
			this.out = Path.of("rapport-" + this.year + "." + reportFormat.extension());
		}
		try {
			byte[] bytes = context.getBean(ReportService.class).render(this.year, reportFormat);
			if (this.out.toAbsolutePath().getParent() != null) {
				Files.createDirectories(this.out.toAbsolutePath().getParent());
			}
			Files.write(this.out, bytes);
		}
		catch (NoDataForYearException ex) {
			err.println(ex.getMessage() + " : aucun rapport écrit.");
			err.flush();
			return 1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PrintWriter stdout = this.spec.commandLine().getOut();
		stdout.println("Rapport " + this.year + " écrit dans " + this.out + " (" + reportFormat.extension() + ").");
		stdout.flush();
		return 0;
	}

}
