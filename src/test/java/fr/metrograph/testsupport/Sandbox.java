package fr.metrograph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away data folder for tests that write: documents, the hand-written curation
 * file, the corrections' folder and the retracted files live under one temporary folder,
 * never in the repository's {@code data/}. Also three accounts: two coordinators
 * ({@code claire}, {@code bruno}) and an administrator ({@code alex}), all with
 * {@link #PASSWORD}.
 */
public final class Sandbox {

	public static final String PASSWORD = "mot-de-passe-de-test";

	private final Path root;

	public Sandbox(String name) {
		try {
			this.root = Files.createTempDirectory("metrograph-" + name + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path documents() {
		return this.root.resolve("documents");
	}

	public Path curationFile() {
		return this.root.resolve("curation.yml");
	}

	public Path curationFolder() {
		return this.root.resolve("curation");
	}

	public Path retracted() {
		return this.root.resolve("retires");
	}

	/** The service's properties pointing at this sandbox, with the three accounts. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", TestNeo4j::boltUri);
		registry.add("app.ingest.on-startup", () -> "false");
		registry.add("app.ingest.input-dir", () -> documents().toString());
		registry.add("app.ingest.curation-file", () -> curationFile().toString());
		registry.add("app.ingest.curation-folder", () -> curationFolder().toString());
		registry.add("app.upload.directory", () -> documents().toString());
		registry.add("app.upload.retracted-directory", () -> retracted().toString());
		String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
		List<String[]> users = List.of(new String[] { "claire", "coordinateur", "Claire Martin" },
				new String[] { "bruno", "coordinateur", "Bruno Petit" },
				new String[] { "alex", "admin", "Alex Admin" });
		for (int i = 0; i < users.size(); i++) {
			String[] user = users.get(i);
			registry.add("app.security.users[" + i + "].username", () -> user[0]);
			registry.add("app.security.users[" + i + "].password", () -> hash);
			registry.add("app.security.users[" + i + "].roles[0]", () -> user[1]);
			registry.add("app.security.users[" + i + "].name", () -> user[2]);
		}
	}

	/**
	 * Empties the sandbox and copies documents into it: the seeds of
	 * {@code data/documents} and the given test resources; the hand-written curation file
	 * is the repository's.
	 */
	public void reset(boolean seeds, String... resources) {
		try {
			delete(this.root);
			Files.createDirectories(documents());
			Files.createDirectories(curationFolder());
			Files.copy(Path.of("data/curation.yml"), curationFile());
			if (seeds) {
				try (Stream<Path> files = Files.list(Path.of("data/documents"))) {
					for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).toList()) {
						Files.copy(file, documents().resolve(file.getFileName()));
					}
				}
			}
			for (String resource : resources) {
				Path file = Path.of("src/test/resources", resource);
				Files.copy(file, documents().resolve(file.getFileName()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The correction files, by name. */
	public List<String> correctionFiles() {
		try (Stream<Path> files = Files.list(curationFolder())) {
			return files.map((f) -> f.getFileName().toString()).filter((n) -> n.endsWith(".yml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The files of the documents folder, by name. */
	public List<String> documentFiles() {
		try (Stream<Path> files = Files.list(documents())) {
			return files.map((f) -> f.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
