package fr.metrograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which input folders make a first start load the French NLP models early. */
class NlpPreloadTests {

	@TempDir
	Path dir;

	@Test
	void proseInAnySubfolderCounts() throws Exception {
		Files.createDirectories(this.dir.resolve("2024"));
		Files.writeString(this.dir.resolve("2024/compte-rendu.md"), "# Réunion");
		assertThat(NlpPreload.hasProse(this.dir)).isTrue();
	}

	@Test
	void sheetsAndUnreadFilesAloneDoNotCount() throws Exception {
		Files.writeString(this.dir.resolve("presences.csv"), "nom;réunion\n");
		Files.writeString(this.dir.resolve("notes.docx"), "x");
		assertThat(NlpPreload.hasProse(this.dir)).isFalse();
		assertThat(NlpPreload.hasProse(this.dir.resolve("absent"))).isFalse();
	}

}
