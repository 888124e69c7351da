package fr.metrograph.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceFolderTests {

	@TempDir
	Path working;

	@Test
	void theProjectsFolderIsUsedWhenItIsThere() {
		assertThat(ReferenceFolder.resolve(null)).isEqualTo(ReferenceFolder.DEFAULT);
		assertThat(ReferenceFolder.resolve(Path.of("data/reference"))).isEqualTo(ReferenceFolder.DEFAULT);
	}

	@Test
	void outsideTheProjectThePackagedListsAreUsedAndTheyAreTheProjectsOwn() throws IOException {
		Path folder = ReferenceFolder.resolve(null, this.working);
		for (String name : ReferenceFolder.FILES) {
			assertThat(folder.resolve(name)).hasSameBinaryContentAs(Path.of("data/reference", name));
		}
		assertThat(ReferenceData.load(folder).metropolises()).isNotEmpty();
	}

	@Test
	void aConfiguredFolderWithoutTheListsIsOneFrenchSentenceSayingWhatIsMissingAndHowToFixIt() throws IOException {
		assertThatThrownBy(() -> ReferenceFolder.resolve(Path.of("ailleurs"), this.working))
			.isInstanceOf(ReferenceListsMissingException.class)
			.hasMessageStartingWith("Listes de référence introuvables : le dossier "
					+ this.working.resolve("ailleurs").toAbsolutePath() + " n'existe pas.")
			.hasMessageContaining("--reference DOSSIER");
		Files.writeString(this.working.resolve("metropolises.csv"), "id,name\n");
		assertThatThrownBy(() -> ReferenceFolder.resolve(this.working, this.working))
			.hasMessageStartingWith("Listes de référence incomplètes : il manque organizations.csv, given-names.csv "
					+ "dans le dossier " + this.working.toAbsolutePath());
	}

	@Test
	void aDefaultFolderThatExistsButLacksAListIsNotSilentlyReplaced() throws IOException {
		Files.createDirectories(this.working.resolve("data/reference"));
		assertThatThrownBy(() -> ReferenceFolder.resolve(null, this.working))
			.hasMessageContaining("il manque metropolises.csv, organizations.csv, given-names.csv");
	}

}
