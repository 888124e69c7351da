package fr.metrograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * Files the service could not load, with their French error, so that they are listed in
 * {@code GET /api/documents/failed} and on the documents page rather than only in the log
 * (#12). A file stays listed until a later run loads it (or finds it unchanged) or it is
 * removed from its folder. Nothing stored is lost when a file fails: the graph keeps what
 * an earlier version of it gave. Kept in memory: a failed file is not recorded in the
 * graph, so the start-up load tries it again, and lists it again, after a restart.
 * Thread-safe.
 */
@Component
public class FailedFiles {

	/**
	 * A file that failed.
	 *
	 * @param path the file's path as the ingest saw it
	 * @param error what went wrong, in French
	 * @param at when
	 */
	public record FailedFile(String path, String error, Instant at) {
	}

	private final Map<String, FailedFile> failed = new ConcurrentHashMap<>();

	private final Clock clock;

	FailedFiles() {
		this(Clock.systemUTC());
	}

	FailedFiles(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Takes note of one outcome: a failure is listed, a file loaded or found unchanged is
	 * no longer.
	 * @param outcome what happened to one document or file
	 */
	public void record(DocumentOutcome outcome) {
		if (outcome.path() == null) {
			return;
		}
		String key = key(outcome.path());
		if (outcome.status() == DocumentOutcome.Status.FAILED) {
			this.failed.put(key, new FailedFile(outcome.path(), outcome.error(), this.clock.instant()));
		}
		else {
			this.failed.remove(key);
		}
	}

	/**
	 * The same file whether the ingest named it as given (a failure before reading) or
	 * relative to the working directory (a file read).
	 */
	private static String key(String path) {
		return Path.of(path).toAbsolutePath().normalize().toString();
	}

	/**
	 * A progress listener that records each outcome, then passes it on.
	 * @param next the listener to pass outcomes on to
	 * @return the recording listener
	 */
	public Consumer<DocumentOutcome> recording(Consumer<DocumentOutcome> next) {
		return (outcome) -> {
			record(outcome);
			next.accept(outcome);
		};
	}

	/** Files that failed and are still in their folder, by path. */
	public List<FailedFile> list() {
		this.failed.keySet().removeIf((key) -> !Files.exists(Path.of(key)));
		return this.failed.values().stream().sorted(Comparator.comparing(FailedFile::path)).toList();
	}

}
