package fr.metrograph.ingest.find;

import java.util.regex.Pattern;

/** Small text helpers the finders share. */
public final class Lines {

	private Lines() {
	}

	/** A list item's mark at a line's start: "- ", "• ", "* ", "– ". */
	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-•*–]\\s+\\S");

	/**
	 * @param line a line
	 * @return whether it is a list item ("- Mme X, directrice ;", "• M. Y")
	 */
	public static boolean isListItem(String line) {
		return LIST_ITEM.matcher(line).lookingAt();
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
