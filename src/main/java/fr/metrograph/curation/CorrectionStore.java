package fr.metrograph.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.springframework.stereotype.Component;

import fr.metrograph.ingest.IngestProperties;
import fr.metrograph.ingest.resolve.Correction;
import fr.metrograph.ingest.resolve.CorrectionFiles;

/**
 * The corrections' folder ({@code app.ingest.curation-folder}): one YAML file per
 * correction, named after its id, so that each is a small diff reviewed like code and two
 * coordinators never edit the same file. Every change runs under {@link #locked}: a lock
 * in this process and a file lock on {@code .verrou} in the folder (another instance of
 * the service on the same folder waits too), and each file is written to a temporary file
 * then moved into place, so a reader never sees half a correction.
 */
@Component
class CorrectionStore {

	private final Path folder;

	private final ReentrantLock lock = new ReentrantLock(true);

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
		.build();

	CorrectionStore(IngestProperties properties) {
		this.folder = properties.curationFolder();
	}

	/** Every correction, oldest first. */
	List<Correction> all() {
		return CorrectionFiles.readAll(this.folder);
	}

	/** The folder, for messages. */
	Path folder() {
		return this.folder;
	}

	/**
	 * Runs a read-check-write sequence alone: no other correction is recorded or undone,
	 * by this process or another on the same folder, until it returns.
	 */
	<T> T locked(Supplier<T> action) {
		this.lock.lock();
		try {
			Files.createDirectories(this.folder);
			try (FileChannel channel = FileChannel.open(this.folder.resolve(".verrou"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock fileLock = channel.lock()) {
				return action.get();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot lock the curation folder " + this.folder, ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Writes (or replaces) a correction's file. */
	void write(Correction correction) {
		String header = "# " + describe(correction) + "\n# Voir le README, « Curation file format ».\n";
		byte[] bytes = (header + this.yaml.writeValueAsString(correction)).getBytes(StandardCharsets.UTF_8);
		Path target = file(correction.id());
		try {
			Files.createDirectories(this.folder);
			Path temporary = Files.createTempFile(this.folder, ".ecriture-", ".tmp");
			Files.write(temporary, bytes);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the correction " + target, ex);
		}
	}

	/** Removes a correction's file (only to roll back one that could not be applied). */
	void delete(String id) {
		try {
			Files.deleteIfExists(file(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the correction " + id, ex);
		}
	}

	private Path file(String id) {
		if (!id.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("Identifiant de correction invalide : " + id);
		}
		return this.folder.resolve(id + ".yml");
	}

	private static String describe(Correction correction) {
		return correction.action() + " — " + ((correction.byName() != null) ? correction.byName() : correction.by())
				+ ", " + correction.at() + ((correction.undone() != null)
						? " ; annulée par " + correction.undone().byName() + ", " + correction.undone().at() : "");
	}

}
