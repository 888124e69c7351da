package fr.metrograph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import fr.metrograph.evaluation.EvaluationReport;
import fr.metrograph.evaluation.ExtractionEvaluation;
import fr.metrograph.evaluation.ReportText;

/**
 * {@code evaluate-extraction}: precision, recall and F1 of the extractor per entity type
 * on hand-annotated documents ({@link ExtractionEvaluation}). Needs no database.
 */
@Command(name = "evaluate-extraction", mixinStandardHelpOptions = true,
		description = {
				"Mesure l'extracteur sur des documents annotés à la main (fichiers X.expected.yml) : "
						+ "précision, rappel et F1 par type d'entité, moyennes micro, documents les plus faibles et "
						+ "personnes inventées dans les documents qui ne nomment personne.",
				"À lancer depuis le dossier du projet." })
class EvaluateExtractionCommand implements StandaloneCommand {

	static final List<Path> DEFAULT_CORPUS = List.of(Path.of("src/test/resources/corpus"),
			Path.of("src/test/resources/gold"));

	@Option(names = "--corpus", paramLabel = "DOSSIER", arity = "1..*",
			description = "Dossiers de documents et de leurs attentes (par défaut : src/test/resources/corpus "
					+ "et src/test/resources/gold).")
	List<Path> corpus = new ArrayList<>();

	@Option(names = "--reference", paramLabel = "DOSSIER", defaultValue = "data/reference",
			description = "Listes de référence des métropoles et organisations (${DEFAULT-VALUE}).")
	Path reference;

	@Option(names = "--worst", paramLabel = "N", defaultValue = "10",
			description = "Nombre de documents les plus faibles à lister (${DEFAULT-VALUE}).")
	int worst;

	@Option(names = "--details",
			description = "Liste, document par document, chaque entité manquée ou " + "trouvée à tort.")
	boolean details;

	@Spec
	CommandSpec spec;

	@Override
	public int run() {
		PrintWriter out = this.spec.commandLine().getOut();
		try {
			EvaluationReport report = new ExtractionEvaluation(this.reference)
				.evaluate(this.corpus.isEmpty() ? DEFAULT_CORPUS : this.corpus);
			out.print(ReportText.render(report, this.worst, this.details));
			out.flush();
			return 0;
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			PrintWriter err = this.spec.commandLine().getErr();
			err.println("Erreur : " + ex.getMessage());
			err.flush();
			return 1;
		}
	}

}
