package fr.metrograph.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import fr.metrograph.ingest.read.DocumentReader;
import fr.metrograph.upload.UploadRefusedException.Reason;

/**
 * The checks every uploaded file passes before anything is stored: a plain file name that
 * stays in the upload folder, one of the accepted types (a PDF must also start like one),
 * not empty, not over the size limit, not the same bytes as a document already loaded
 * (nor as another file of the same request), and not the name of an existing file unless
 * replacing is asked for. The first refusal stops the whole request.
 */
final class UploadChecks {

	/** One file as received. */
	record Upload(String name, byte[] bytes) {
	}

	static final Set<String> TYPES = Set.of("txt", "md", "pdf", "html", "htm", "csv");

	/**
	 * A plain name: no separator, no control character, not hidden, at most 200 chars.
	 */
	private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}:*?\"<>|]{1,200}");

	private final Path folder;

	private final long maxBytes;

	private final int maxFiles;

	private final Function<String, List<String>> loadedWithHash;

	UploadChecks(Path folder, long maxBytes, int maxFiles, Function<String, List<String>> loadedWithHash) {
		this.folder = folder;
		this.maxBytes = maxBytes;
		this.maxFiles = maxFiles;
		this.loadedWithHash = loadedWithHash;
	}

	/**
	 * Checks every file.
	 * @return where each file goes, in order
	 * @throws UploadRefusedException at the first refusal
	 */
	List<Path> check(List<Upload> files, boolean replace) {
		if (files.isEmpty()) {
			throw new UploadRefusedException(Reason.EMPTY, null,
					"Aucun fichier reçu : choisissez un ou plusieurs fichiers.", null);
		}
		if (files.size() > this.maxFiles) {
			throw new UploadRefusedException(Reason.TOO_LARGE, null,
					"Trop de fichiers d'un coup (" + files.size() + ") : " + this.maxFiles + " au plus par envoi.",
					null);
		}
		List<Path> targets = new ArrayList<>();
		Map<String, String> hashes = new HashMap<>();
		for (Upload file : files) {
			Path target = name(file.name());
			type(file);
			if (file.bytes().length == 0) {
				throw refused(Reason.EMPTY, file, "le fichier est vide.", null);
			}
			if (file.bytes().length > this.maxBytes) {
				throw refused(Reason.TOO_LARGE, file, "il pèse " + (file.bytes().length / 1024)
						+ " Kio, au-delà de la limite de " + (this.maxBytes / 1024) + " Kio.", null);
			}
			String hash = DocumentReader.sha256(file.bytes());
			List<String> loaded = this.loadedWithHash.apply(hash);
			if (!loaded.isEmpty()) {
				throw refused(Reason.DUPLICATE, file, "ce contenu est déjà chargé : " + loaded.get(0) + ".",
						loaded.get(0));
			}
			String twin = hashes.putIfAbsent(hash, file.name());
			if (twin != null) {
				throw refused(Reason.DUPLICATE, file, "même contenu que « " + twin + " », envoyé en même temps.", twin);
			}
			if (Files.exists(target) && !replace) {
				throw refused(Reason.DUPLICATE, file,
						"un fichier de ce nom existe déjà dans le dossier des documents. Renommez-le, ou cochez "
								+ "« remplacer » pour charger cette nouvelle version à sa place.",
						target.toString());
			}
			if (targets.contains(target)) {
				throw refused(Reason.DUPLICATE, file, "deux fichiers portent ce nom dans le même envoi.", null);
			}
			targets.add(target);
		}
		return targets;
	}

	private Path name(String name) {
		Upload named = new Upload(name, new byte[0]);
		if (name == null || name.isBlank()) {
			throw refused(Reason.NAME, named, "le fichier n'a pas de nom.", null);
		}
		if (!PLAIN_NAME.matcher(name).matches() || name.startsWith(".") || name.contains("..")
				|| name.strip().length() != name.length()) {
			throw refused(Reason.NAME, named,
					"ce nom n'est pas un simple nom de fichier (pas de dossier, de « .. », de caractère spécial, "
							+ "ni de point au début).",
					null);
		}
		Path root = this.folder.toAbsolutePath().normalize();
		Path target = root.resolve(name).normalize();
		if (!target.getParent().equals(root)) {
			throw refused(Reason.NAME, named, "ce nom sortirait du dossier des documents.", null);
		}
		return target;
	}

	private static void type(Upload file) {
		String name = file.name();
		int dot = name.lastIndexOf('.');
		String extension = (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!TYPES.contains(extension)) {
			throw refused(Reason.TYPE, file,
					"seuls les fichiers .txt, .md, .pdf, .html et .csv (feuilles de présence) sont acceptés"
							+ (extension.isEmpty() ? "." : ", pas les .".concat(extension) + "."),
					null);
		}
		if ("pdf".equals(extension) && (file.bytes().length < 5
				|| !new String(file.bytes(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"))) {
			throw refused(Reason.TYPE, file, "ce n'est pas un PDF (il ne commence pas par « %PDF- »).", null);
		}
	}

	private static UploadRefusedException refused(Reason reason, Upload file, String why, String duplicateOf) {
		String name = (file.name() != null) ? file.name() : "";
		return new UploadRefusedException(reason, name, "« " + name + " » refusé : " + why, duplicateOf);
	}

}
