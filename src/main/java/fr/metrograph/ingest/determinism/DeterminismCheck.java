package fr.metrograph.ingest.determinism;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;

import org.springframework.stereotype.Component;

import fr.metrograph.ingest.IngestService;
import fr.metrograph.ingest.read.DocumentReader;

/**
 * Loads one corpus three ways into an emptied graph and compares the graphs: (1) every
 * file in name order, (2) every file in reverse name order, one load per file, (3) on top
 * of (2), one file changed (cut to the first half of its lines) and loaded, then changed
 * back and loaded again. The service promises the three graphs are identical (every node,
 * relationship and property, load timestamps aside: {@link GraphSnapshot}). The corpus is
 * copied into a working folder first, so that the change never touches the user's files
 * and every run stores the same paths. Run it on a scratch store: it empties the graph.
 */
@Component
public class DeterminismCheck {

	private final Driver driver;

	private final IngestService ingest;

	DeterminismCheck(Driver driver, IngestService ingest) {
		this.driver = driver;
		this.ingest = ingest;
	}

	/**
	 * One comparison.
	 *
	 * @param name what was compared, in French
	 * @param snapshot the graph it produced
	 * @param differences lines that differ from the reference graph (empty: identical)
	 */
	public record Run(String name, GraphSnapshot snapshot, List<String> differences) {

		public boolean identical() {
			return this.differences.isEmpty();
		}

	}

	/**
	 * What the check found.
	 *
	 * @param files the files loaded
	 * @param changed the file changed and changed back
	 * @param reference the graph of the name-order load
	 * @param runs the other loads compared with it
	 */
	public record Result(List<String> files, String changed, GraphSnapshot reference, List<Run> runs) {

		public boolean identical() {
			return this.runs.stream().allMatch(Run::identical);
		}

	}

	/**
	 * Runs the check.
	 * @param sources files and folders of the corpus
	 * @param workDir an empty folder to copy the corpus into
	 * @param changed the name of the file to change and change back, or null for the
	 * largest text file
	 * @param log told of each step
	 * @return the three graphs and their differences
	 */
	public Result run(List<Path> sources, Path workDir, String changed, Consumer<String> log) {
		List<Path> files = copy(sources, workDir);
		Path toChange = files.stream()
			.filter((f) -> (changed != null) ? f.getFileName().toString().equals(changed)
					: !f.toString().endsWith(".pdf") && !f.toString().endsWith(".csv"))
			.max((a, b) -> Long.compare(size(a), size(b)))
			.orElseThrow(() -> new IllegalArgumentException("Aucun fichier à modifier : " + changed));

		log.accept("1/3 : chargement de " + files.size() + " fichiers dans l'ordre des noms");
		clear();
		this.ingest.ingest(files, (outcome) -> {
		});
		GraphSnapshot reference = GraphSnapshot.of(this.driver);

		log.accept("2/3 : chargement dans l'ordre inverse, un fichier à la fois");
		clear();
		List<Path> reversed = new ArrayList<>(files);
		Collections.reverse(reversed);
		for (Path file : reversed) {
			this.ingest.ingest(List.of(file), (outcome) -> {
			});
		}
		GraphSnapshot reverse = GraphSnapshot.of(this.driver);

		log.accept("3/3 : " + toChange.getFileName() + " modifié, chargé, puis rétabli et rechargé");
		byte[] original = read(toChange);
		List<String> lines = new String(original, StandardCharsets.UTF_8).lines().toList();
		write(toChange,
				String.join("\n", lines.subList(0, Math.max(1, lines.size() / 2))).getBytes(StandardCharsets.UTF_8));
		this.ingest.ingest(List.of(toChange), (outcome) -> {
		});
		write(toChange, original);
		this.ingest.ingest(List.of(toChange), (outcome) -> {
		});
		GraphSnapshot restored = GraphSnapshot.of(this.driver);

		List<Run> runs = List.of(new Run("ordre inverse", reverse, reference.differences(reverse)),
				new Run("modifié puis rétabli", restored, reference.differences(restored)));
		return new Result(files.stream().map((f) -> f.getFileName().toString()).toList(),
				toChange.getFileName().toString(), reference, runs);
	}

	private void clear() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume();
		}
	}

	private static List<Path> copy(List<Path> sources, Path workDir) {
		List<Path> files = new ArrayList<>();
		try {
			Files.createDirectories(workDir);
			for (Path source : sources) {
				List<Path> found;
				if (Files.isDirectory(source)) {
					try (Stream<Path> walk = Files.walk(source)) {
						found = walk.filter(Files::isRegularFile).filter(DocumentReader::accepts).toList();
					}
				}
				else {
					found = List.of(source);
				}
				for (Path file : found) {
					Path target = workDir.resolve(file.getFileName().toString());
					if (Files.exists(target)) {
						throw new IllegalArgumentException(
								"Deux fichiers du corpus portent le même nom : " + target.getFileName());
					}
					files.add(Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		files.sort(null);
		return files;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, byte[] bytes) {
		try {
			Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
