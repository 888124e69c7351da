package fr.metrograph.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the reference lists are read from, wherever the jar runs: the configured folder
 * ({@code app.ingest.reference-dir}, the command line's {@code --reference}) when it
 * holds the lists; when the default {@value #DEFAULT} is not there (the jar run outside
 * the project's folder), the lists packaged in the jar ({@code classpath:reference/}),
 * copied once per process into a temporary folder, since every reader takes a folder. A
 * configured folder without the lists is an error in one French sentence naming what is
 * missing and how to fix it.
 */
public final class ReferenceFolder {

	/** The default folder, relative to the working directory. */
	public static final Path DEFAULT = Path.of("data/reference");

	/** The lists every load needs, packaged in the jar under {@code reference/}. */
	public static final List<String> FILES = List.of("metropolises.csv", "organizations.csv", "given-names.csv");

	private static final Logger log = LoggerFactory.getLogger(ReferenceFolder.class);

	private static Path packaged;

	private ReferenceFolder() {
	}

	/**
	 * @param configured the configured folder (null: the default)
	 * @return a folder holding every list of {@link #FILES}
	 * @throws ReferenceListsMissingException when a configured folder lacks one, or when
	 * nothing is packaged either
	 */
	public static Path resolve(Path configured) {
		return resolve(configured, Path.of(""));
	}

	/**
	 * @param configured the configured folder (null: the default)
	 * @param workingFolder the folder relative paths start from
	 * @return a folder holding every list of {@link #FILES}
	 */
	static Path resolve(Path configured, Path workingFolder) {
		boolean byDefault = configured == null || configured.equals(DEFAULT);
		Path folder = workingFolder.resolve((configured != null) ? configured : DEFAULT);
		List<String> missing = missing(folder);
		if (missing.isEmpty()) {
			return folder;
		}
		if (byDefault && !Files.exists(folder)) {
			return packaged(workingFolder);
		}
		throw new ReferenceListsMissingException((Files.isDirectory(folder)
				? "Listes de référence incomplètes : il manque " + String.join(", ", missing) + " dans le dossier "
						+ folder.toAbsolutePath()
				: "Listes de référence introuvables : le dossier " + folder.toAbsolutePath() + " n'existe pas")
				+ ". Indiquez le dossier qui les contient avec --reference DOSSIER "
				+ "(propriété app.ingest.reference-dir), ou rien pour prendre data/reference dans le dossier "
				+ "courant, ou à défaut les listes livrées avec Metrograph.");
	}

	private static List<String> missing(Path folder) {
		return FILES.stream().filter((name) -> !Files.isRegularFile(folder.resolve(name))).toList();
	}

	private static synchronized Path packaged(Path workingFolder) {
		if (packaged != null && missing(packaged).isEmpty()) {
			return packaged;
		}
		try {
			Path folder = Files.createTempDirectory("metrograph-reference");
			folder.toFile().deleteOnExit();
			for (String name : FILES) {
				try (InputStream in = ReferenceFolder.class.getResourceAsStream("/reference/" + name)) {
					if (in == null) {
						throw new ReferenceListsMissingException("Listes de référence introuvables : pas de dossier "
								+ DEFAULT + " dans " + workingFolder.toAbsolutePath() + ", et " + name
								+ " n'est pas livré dans ce jar. Lancez la commande depuis le dossier du projet, "
								+ "ou indiquez le dossier des listes avec --reference DOSSIER "
								+ "(propriété app.ingest.reference-dir).");
					}
					Path file = folder.resolve(name);
					Files.copy(in, file);
					file.toFile().deleteOnExit();
				}
			}
			log.info("Reference lists: no {} in {}, using the lists packaged in the jar", DEFAULT,
					workingFolder.toAbsolutePath());
			packaged = folder;
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy the packaged reference lists", ex);
		}
	}

}
