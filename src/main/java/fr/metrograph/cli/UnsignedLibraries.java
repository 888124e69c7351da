package fr.metrograph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files of the signed libraries of an extracted jar
 * ({@code bin/metrograph} runs it once, right after extracting the packaged jar into
 * {@code target/cli/}).
 *
 * <p>
 * Why: eclipse-collections (used by Neo4j) is a signed jar, and Neo4j looks up its
 * factories through {@link java.util.ServiceLoader} one by one. Every look-up reads its
 * service file through a {@code jar:} URL, which verifies the jar's signature again: its
 * manifest lists a digest for each of its thousands of classes. JFR put that at about
 * half a second of the embedded Neo4j's start (bench/startup.md, session 5). The jars
 * come from inside the unsigned application jar, so their signatures protect nothing
 * there; the entries are copied unchanged, only {@code META-INF/*.SF}, {@code *.RSA},
 * {@code *.DSA}, {@code *.EC} and {@code SIG-*} are left out.
 *
 * <p>
 * Not a picocli command: it runs before the application, without Spring, on a bare class
 * path.
 */
public final class UnsignedLibraries {

	private UnsignedLibraries() {
	}

	/**
	 * Rewrites each signed jar of a folder without its signature files.
	 * @param args one argument, the folder of jars ({@code target/cli/lib})
	 * @throws IOException when a jar cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("usage : UnsignedLibraries <dossier de jars>");
			System.exit(2);
		}
		for (Path jar : signedJars(Path.of(args[0]))) {
			unsign(jar);
		}
	}

	/**
	 * The jars of a folder that carry a signature file, in name order.
	 * @param folder a folder of jars
	 * @return the signed ones
	 * @throws IOException when the folder or a jar cannot be read
	 */
	static List<Path> signedJars(Path folder) throws IOException {
		List<Path> signed = new ArrayList<>();
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
			for (Path jar : jars) {
				try (ZipFile zip = new ZipFile(jar.toFile())) {
					if (zip.stream().anyMatch(entry -> isSignatureFile(entry.getName()))) {
						signed.add(jar);
					}
				}
			}
		}
		signed.sort(null);
		return signed;
	}

	/**
	 * Rewrites a jar without its signature files, through a temporary file beside it that
	 * replaces it only once complete.
	 * @param jar the jar
	 * @throws IOException when it cannot be read or written
	 */
	static void unsign(Path jar) throws IOException {
		Path partial = jar.resolveSibling(jar.getFileName() + ".partiel");
		try (ZipFile zip = new ZipFile(jar.toFile());
				OutputStream file = Files.newOutputStream(partial);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : zip.stream().toList()) {
				if (isSignatureFile(entry.getName())) {
					continue;
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Whether an entry is a signature file: a {@code .SF} signature or its signature
	 * block, directly under {@code META-INF/} (the JAR specification's place for them).
	 * @param name the entry's name
	 * @return whether it is one
	 */
	static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
				|| upper.startsWith("META-INF/SIG-");
	}

}
