package fr.metrograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsignedLibrariesTests {

	@TempDir
	Path folder;

	@Test
	void aSignedLibraryLosesItsSignatureAndNothingElse() throws Exception {
		// The real signed jar bin/metrograph meets: eclipse-collections-api, from the
		// class path.
		Class<?> maps = Class.forName("org.eclipse.collections.api.factory.Maps");
		Path original = Path.of(maps.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path copy = Files.copy(original, this.folder.resolve(original.getFileName()));
		Path unsigned = Files.writeString(this.folder.resolve("notes.txt"), "pas un jar");
		assertThat(UnsignedLibraries.signedJars(this.folder)).containsExactly(copy);
		assertThat(signers(copy)).as("the copy is signed before").isTrue();

		UnsignedLibraries.main(new String[] { this.folder.toString() });

		assertThat(UnsignedLibraries.signedJars(this.folder)).isEmpty();
		assertThat(signers(copy)).isFalse();
		Map<String, byte[]> before = entries(original);
		Map<String, byte[]> after = entries(copy);
		before.keySet().removeIf(UnsignedLibraries::isSignatureFile);
		assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
		before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
		assertThat(unsigned).hasContent("pas un jar");
		assertThat(this.folder).isDirectoryNotContaining("glob:**.partiel");
	}

	@Test
	void onlyTheSignatureFilesOfMetaInfAreSignatureFiles() {
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/ECLIPSE_.SF")).isTrue();
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/ECLIPSE_.RSA")).isTrue();
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/signer.dsa")).isTrue();
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/KEY.EC")).isTrue();
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/SIG-ALIAS")).isTrue();
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/MANIFEST.MF")).isFalse();
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/services/a.b.C")).isFalse();
		assertThat(UnsignedLibraries.isSignatureFile("META-INF/versions/11/A.SF")).isFalse();
		assertThat(UnsignedLibraries.isSignatureFile("org/example/A.SF")).isFalse();
	}

	/** Whether any class of the jar, read with verification, comes with code signers. */
	private static boolean signers(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile(), true)) {
			for (JarEntry entry : file.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
				try (InputStream in = file.getInputStream(entry)) {
					in.readAllBytes();
				}
				if (entry.getCodeSigners() != null) {
					return true;
				}
			}
			return false;
		}
	}

	private static Map<String, byte[]> entries(Path jar) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (JarFile file = new JarFile(jar.toFile(), false)) {
			for (JarEntry entry : file.stream().toList()) {
				try (InputStream in = file.getInputStream(entry)) {
					entries.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return entries;
	}

}
