package fr.metrograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.context.ApplicationContext;

import fr.metrograph.ingest.determinism.DeterminismCheck;
import fr.metrograph.ingest.determinism.DeterminismCheck.Run;

/**
 * {@code check-determinism PATH…}: loads a corpus in two orders, and again after changing
 * one file and changing it back, on a scratch store, and says whether the graphs are
 * identical (exit 0) or prints what differs (exit 1).
 */
@Command(name = "check-determinism", mixinStandardHelpOptions = true,
		description = "Vérifie que le graphe ne dépend pas de l'ordre de chargement (base temporaire).")
class CheckDeterminismCommand extends ScratchStoreCommand {

	@Parameters(arity = "1..*", paramLabel = "CHEMIN", description = "Fichiers et dossiers du corpus.")
	List<Path> paths;

	@Option(names = "--change", paramLabel = "NOM",
			description = "Fichier à modifier puis rétablir (par défaut le plus grand fichier texte).")
	String change;

	@Option(names = "--max-differences", defaultValue = "40",
			description = "Différences affichées au plus (${DEFAULT-VALUE}).")
	int maxDifferences;

	@Spec
	CommandSpec spec;

	@Override
	public int run(ApplicationContext context) {
		PrintWriter out = this.spec.commandLine().getOut();
		long start = System.nanoTime();
		DeterminismCheck.Result result = context.getBean(DeterminismCheck.class)
			.run(this.paths, this.scratch.resolve("corpus"), this.change, (step) -> {
				out.println(step);
				out.flush();
			});
		out.printf("fichiers : %d (%s)%n", result.files().size(), String.join(", ", result.files()));
		out.printf("graphe de référence (ordre des noms) : %d nœuds, %d relations, empreinte %s%n",
				result.reference().nodes(), result.reference().relationships(),
				result.reference().digest().substring(0, 16));
		for (Run run : result.runs()) {
			out.printf("%s : %d nœuds, %d relations, empreinte %s : %s%n", run.name(), run.snapshot().nodes(),
					run.snapshot().relationships(), run.snapshot().digest().substring(0, 16),
					run.identical() ? "IDENTIQUE" : run.differences().size() + " ligne(s) diffèrent");
			run.differences().stream().limit(this.maxDifferences).forEach((line) -> out.println("    " + line));
		}
		out.printf("fichier modifié puis rétabli : %s%n", result.changed());
		out.printf("durée : %.1f s%n", (System.nanoTime() - start) / 1e9);
		out.println(result.identical() ? "RÉSULTAT : graphes identiques" : "RÉSULTAT : graphes différents");
		out.flush();
		return result.identical() ? 0 : 1;
	}

}
