package fr.metrograph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A command that works on a scratch embedded store in a temporary folder (benchmarks
 * empty the graph they run on), so the service's own store is never touched, and that
 * deletes the folder when it is done.
 */
abstract class ScratchStoreCommand implements ContextCommand {

	/**
	 * The temporary folder: {@code neo4j/} holds the store; commands may use the rest.
	 */
	protected final Path scratch;

	ScratchStoreCommand() {
		try {
			this.scratch = Files.createTempDirectory("metrograph-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<String> properties() {
		return List.of("app.neo4j.embedded.directory=" + this.scratch.resolve("neo4j"));
	}

	@Override
	public void cleanUp() {
		try (Stream<Path> paths = Files.walk(this.scratch)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the scratch folder " + this.scratch, ex);
		}
	}

}
