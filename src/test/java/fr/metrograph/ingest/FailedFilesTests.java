package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FailedFilesTests {

	@TempDir
	Path dir;

	private final FailedFiles failed = new FailedFiles();

	@Test
	void listsAFailedFileUntilALaterRunLoadsIt() throws IOException {
		String path = Files.writeString(this.dir.resolve("a.pdf"), "x").toString();
		List<DocumentOutcome> passedOn = new ArrayList<>();
		var listener = this.failed.recording(passedOn::add);
		listener.accept(DocumentOutcome.failed(path, "Le PDF est tronqué."));
		assertThat(this.failed.list()).singleElement().satisfies((file) -> {
			assertThat(file.path()).isEqualTo(path);
			assertThat(file.error()).isEqualTo("Le PDF est tronqué.");
			assertThat(file.at()).isNotNull();
		});
		assertThat(passedOn).hasSize(1);
		listener.accept(DocumentOutcome.unchanged(path));
		assertThat(this.failed.list()).isEmpty();
	}

	@Test
	void forgetsAFailedFileOnceItIsRemovedFromItsFolder() throws IOException {
		Path file = Files.writeString(this.dir.resolve("b.txt"), "x");
		this.failed.record(DocumentOutcome.failed(file.toString(), "Le fichier est vide."));
		Files.delete(file);
		assertThat(this.failed.list()).isEmpty();
	}

}
