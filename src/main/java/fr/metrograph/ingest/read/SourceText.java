package fr.metrograph.ingest.read;

import java.util.List;

/**
 * A file read as text.
 *
 * @param path the path as stored in the graph (relative to the working directory when
 * under it)
 * @param fileName the file's name
 * @param text the decoded text, line ends normalised to {@code \n}
 * @param fileHash SHA-256 of the file's bytes, hex
 * @param format txt, md, pdf or html
 * @param warnings problems that did not stop reading (a Latin-1 file), in French
 */
public record SourceText(String path, String fileName, String text, String fileHash, String format,
		List<String> warnings) {

	public SourceText {
		warnings = List.copyOf(warnings);
	}

}
