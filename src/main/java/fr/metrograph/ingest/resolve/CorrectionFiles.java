package fr.metrograph.ingest.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the corrections' folder: one YAML file per {@link Correction}, named after its
 * id. A file that cannot be read stops the load with its name, like the hand-written
 * file: silently skipping a reviewed correction would change the graph behind the
 * curators' backs.
 */
public final class CorrectionFiles {

	static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private CorrectionFiles() {
	}

	/** Every correction of the folder, oldest first (by time, then id). */
	public static List<Correction> readAll(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Correction> corrections = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
				corrections.add(read(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the curation folder " + folder, ex);
		}
		corrections
			.sort(Comparator.comparing((Correction c) -> (c.at() != null) ? c.at() : "").thenComparing(Correction::id));
		return corrections;
	}

	/** One correction file. */
	public static Correction read(Path file) {
		try {
			Correction correction = YAML.readValue(Files.readAllBytes(file), Correction.class);
			if (correction == null || correction.id() == null || correction.action() == null) {
				throw new IllegalStateException("id or action missing");
			}
			return correction;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the correction " + file, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Correction illisible (" + file + ") : " + ex.getMessage(), ex);
		}
	}

}
