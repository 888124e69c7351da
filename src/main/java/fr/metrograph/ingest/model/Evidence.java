package fr.metrograph.ingest.model;

/**
 * A quoted passage of a document that supports an extracted fact, with the 1-based line
 * range it spans in the file. Researchers cite it; the loader stores it as
 * {@code evidence} and {@code lines} properties.
 *
 * @param text the passage as written (whitespace folded)
 * @param fromLine first line of the passage (1-based, in the whole file)
 * @param toLine last line of the passage (inclusive)
 */
public record Evidence(String text, int fromLine, int toLine) {

	public Evidence {
		text = (text == null) ? "" : text.strip().replaceAll("\\s+", " ");
		if (toLine < fromLine) {
			toLine = fromLine;
		}
	}

	public static Evidence of(String text, int line) {
		return new Evidence(text, line, line);
	}

	/** The line range as researchers cite it: {@code "12"} or {@code "12-14"}. */
	public String lines() {
		return (this.fromLine == this.toLine) ? String.valueOf(this.fromLine) : this.fromLine + "-" + this.toLine;
	}

}
