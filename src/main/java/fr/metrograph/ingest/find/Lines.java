package fr.metrograph.ingest.find;

/** Small text helpers the finders share. */
public final class Lines {

	private Lines() {
	}

	/** A line without bold markers and form feeds, whitespace folded. */
	public static String clean(String line) {
		return line.replace("**", "").replace("\f", "").replaceAll("\\s+", " ").strip();
	}

	/** The text with its first letter in upper case. */
	public static String capitalise(String s) {
		if (s == null || s.isEmpty()) {
			return s;
		}
		int cp = s.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(cp))
			.append(s.substring(Character.charCount(cp)))
			.toString();
	}

}
