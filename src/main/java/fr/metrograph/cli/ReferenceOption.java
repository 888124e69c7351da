package fr.metrograph.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * {@code --reference DOSSIER}, for the commands that load or retract documents: where the
 * reference lists are ({@code app.ingest.reference-dir}). Without it,
 * {@code data/reference} of the current folder, or the lists packaged in the jar when
 * there is none.
 */
class ReferenceOption {

	@Option(names = "--reference", paramLabel = "DOSSIER",
			description = "Dossier des listes de référence (metropolises.csv, organizations.csv, given-names.csv) ; "
					+ "par défaut data/reference du dossier courant, ou, s'il n'y en a pas, les listes livrées "
					+ "avec Metrograph.")
	Path folder;

	/** The Spring property for the folder, when one was given. */
	List<String> properties() {
		return (this.folder != null) ? List.of("app.ingest.reference-dir=" + this.folder) : List.of();
	}

}
