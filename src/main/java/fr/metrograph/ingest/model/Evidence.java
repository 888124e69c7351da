package fr.metrograph.ingest.model;

/**
 * A quoted passage of a document that supports an extracted fact, with the 1-based line
 * range it spans in the file, and how the fact was found: the finder that read it
 * ({@code extractor}, e.g. {@code list-block}, {@code attendance-table},
 * {@code prose-name}) and how sure that finder is ({@code confidence}, 0–1). Researchers
 * cite the passage and filter on the confidence; the loader stores all four as
 * {@code evidence}, {@code lines}, {@code extractor} and {@code confidence} properties.
 *
 * @param text the passage as written (whitespace folded)
 * @param fromLine first line of the passage (1-based, in the whole file)
 * @param toLine last line of the passage (inclusive)
 * @param extractor the finder that produced the fact, or null until the finder's
 * collector stamps it
 * @param confidence how sure the finder is (0–1), or null until stamped
 */
public record Evidence(String text, int fromLine, int toLine, String extractor, Double confidence) {

	public Evidence {
		text = (text == null) ? "" : foldWhitespace(text.strip());
		if (toLine < fromLine) {
			toLine = fromLine;
		}
		if (confidence != null && (confidence < 0 || confidence > 1)) {
			throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
		}
	}

	/**
	 * {@code text.replaceAll("\s+", " ")}, without the regular expression when there is
	 * nothing to fold (most passages; a sheet makes one per row).
	 */
	private static String foldWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean space = c == ' ';
			if ((space && i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))) || (!space && isRegexSpace(c))) {
				return text.replaceAll("\\s+", " ");
			}
		}
		return text;
	}

	/** The characters of {@code \s} in a Java regular expression. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/** A passage not yet attributed to a finder. */
	public Evidence(String text, int fromLine, int toLine) {
		this(text, fromLine, toLine, null, null);
	}

	public static Evidence of(String text, int line) {
		return new Evidence(text, line, line);
	}

	/** The same passage, found by this finder with this confidence. */
	public Evidence by(String extractor, double confidence) {
		return new Evidence(this.text, this.fromLine, this.toLine, extractor, confidence);
	}

	/** The same passage and finder with another confidence. */
	public Evidence withConfidence(double confidence) {
		return new Evidence(this.text, this.fromLine, this.toLine, this.extractor, confidence);
	}

	/** Whether a finder has been recorded. */
	public boolean attributed() {
		return this.extractor != null && this.confidence != null;
	}

	/** The line range as researchers cite it: {@code "12"} or {@code "12-14"}. */
	public String lines() {
		return (this.fromLine == this.toLine) ? String.valueOf(this.fromLine) : this.fromLine + "-" + this.toLine;
	}

}
