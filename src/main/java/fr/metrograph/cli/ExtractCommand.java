package fr.metrograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fr.metrograph.ingest.DocumentExtractor;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.ingest.read.DocumentRejectedException;
import fr.metrograph.reference.ReferenceData;

/**
 * {@code extract}: what the extractor finds in files, printed
 * ({@link ExtractionListing}), with nothing written anywhere. For a coordinator who wants
 * to know what an upload will bring before sending it, and for whoever works on the
 * extractor. Needs no database. Exit status 1 when a file could not be read (the others
 * are still printed).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "Affiche ce que l'extracteur trouve dans des documents (.txt, .md, .pdf, .html), "
				+ "sans rien écrire dans le graphe : documents, métropoles, organisations, communes, personnes "
				+ "et leurs rôles, réunions et présences.", "À lancer depuis le dossier du projet." })
class ExtractCommand implements StandaloneCommand {

	@Parameters(paramLabel = "FICHIER", arity = "1..*", description = "Fichiers à lire.")
	List<Path> files = new ArrayList<>();

	@Option(names = "--reference", paramLabel = "DOSSIER", defaultValue = "data/reference",
			description = "Listes de référence des métropoles et organisations (${DEFAULT-VALUE}).")
	Path reference;

	@Spec
	CommandSpec spec;

	@Override
	public int run() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		DocumentExtractor extractor;
		try {
			extractor = DocumentExtractor.withFrenchNlp(this.reference, ReferenceData.load(this.reference));
		}
		catch (IOException | UncheckedIOException ex) {
			err.println(
					"Erreur : listes de référence illisibles dans " + this.reference + " (" + ex.getMessage() + ").");
			err.flush();
			return 1;
		}
		DocumentReader reader = new DocumentReader(Long.MAX_VALUE);
		int status = 0;
		for (Path file : this.files) {
			if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
				err.println("Erreur : " + file + " : une feuille de présence (.csv) se charge avec ingest ; "
						+ "extract ne lit que les documents (.txt, .md, .pdf, .html).");
				status = 1;
				continue;
			}
			try {
				String text = reader.read(file).text();
				String name = file.getFileName().toString();
				List<ExtractedDocument> documents = extractor.extract(name, text, ExtractionHints.none());
				out.print(ExtractionListing.render(name, documents));
			}
			catch (DocumentRejectedException ex) {
				err.println("Erreur : " + file + " : " + ex.getMessage());
				status = 1;
			}
			out.flush();
		}
		err.flush();
		return status;
	}

}
