package fr.metrograph.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into segments and says which are prose, the only text the heavy NLP
 * annotators run on. A list item (a line starting with "-", "*", "•", "&gt;&gt;", "1.",
 * "a)") is its own segment, with the lines that continue it (starting in lower case); the
 * lines between list items form segments of their own, and so does a Markdown heading or
 * a line in bold from end to end. A segment is prose when it is not a table row or a
 * heading, has at least eight words, ends a sentence or runs past 80 characters, and at
 * least four words in ten start in lower case (lists of names and titles do not); a list
 * item must also have ten words or more ("&gt;&gt; Pierre-Yves Morin, chef de projet, y
 * représentera la métropole."). Lists and tables are left to the rule-based finders,
 * which read them better and at no cost.
 */
public final class ProseSegments {

	/**
	 * A list item's mark: "- ", "* ", "• ", "&gt;&gt; ", "1. ", "a) " ("**bold**" is
	 * none).
	 */
	private static final Pattern BULLET = Pattern
		.compile("(?U)^\\s*(?:[-*•·–—▪►→➢✓](?=\\s)|>{1,2}|\\d{1,2}[.)]\\s|[a-z][)]\\s)\\s*.*");

	private static final Pattern BULLET_MARK = Pattern
		.compile("(?U)^\\s*(?:[-*•·–—▪►→➢✓](?=\\s)|>{1,2}|\\d{1,2}[.)]|[a-z][)])\\s*");

	/** A Markdown heading or a line in bold from end to end: a segment of its own. */
	private static final Pattern OWN_LINE = Pattern.compile("^\\s*(?:#{1,6}\\s.*|\\*\\*[^*]+\\*\\*\\s*)$");

	private static final Pattern TABLE = Pattern
		.compile("^\\s*\\|.*|.*\\|.*\\|.*|.*\\t.*\\t.*|.*\\S {3,}\\S.* {3,}\\S.*");

	private static final Pattern HEADING = Pattern.compile("^\\s*(?:#{1,6}\\s|[=_~-]{3,}).*");

	private static final Pattern WORD = Pattern.compile("(?U)[\\p{L}][\\p{L}'’·\\-]*");

	private ProseSegments() {
	}

	/**
	 * A part of a paragraph.
	 *
	 * @param text its text (lines joined by their line breaks, as in the paragraph)
	 * @param offset where it starts in the paragraph
	 * @param prose whether it is running prose
	 * @param listItem whether it is a list item
	 */
	public record Segment(String text, int offset, boolean prose, boolean listItem) {
	}

	/**
	 * @param paragraph a paragraph (lines separated by '\n')
	 * @return its segments, in order, covering every line
	 */
	public static List<Segment> of(String paragraph) {
		List<Segment> out = new ArrayList<>();
		String[] lines = paragraph.split("\n", -1);
		int offset = 0;
		int start = 0;
		int startOffset = 0;
		boolean item = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			boolean bullet = BULLET.matcher(line).matches();
			boolean continues = !line.isBlank() && Character.isLowerCase(line.strip().codePointAt(0));
			boolean afterHeading = i > 0 && OWN_LINE.matcher(lines[i - 1]).matches();
			if (i > start && (bullet || (item && !continues) || afterHeading || OWN_LINE.matcher(line).matches())) {
				out.add(segment(paragraph, startOffset, offset - 1, item));
				start = i;
				startOffset = offset;
			}
			if (i == start) {
				item = bullet;
			}
			offset += line.length() + 1;
		}
		out.add(segment(paragraph, startOffset, paragraph.length(), item));
		return out;
	}

	private static Segment segment(String paragraph, int from, int to, boolean item) {
		String text = paragraph.substring(from, Math.max(from, to));
		// a list item may be prose too ("- Pierre-Yves Morin, chef de projet, y
		// représentera
		// la métropole."): a long one that reads as a sentence
		boolean prose = item ? isProse(BULLET_MARK.matcher(text).replaceFirst("")) && words(text) >= 10 : isProse(text);
		return new Segment(text, from, prose, item);
	}

	private static int words(String text) {
		var m = WORD.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	/**
	 * @param text a segment
	 * @return whether it reads as running prose
	 */
	static boolean isProse(String text) {
		String t = text.strip();
		if (t.isEmpty() || HEADING.matcher(t).matches()) {
			return false;
		}
		for (String line : t.split("\n")) {
			if (TABLE.matcher(line).matches()) {
				return false;
			}
		}
		var m = WORD.matcher(t);
		int words = 0;
		int lower = 0;
		while (m.find()) {
			words++;
			if (Character.isLowerCase(m.group().codePointAt(0))) {
				lower++;
			}
		}
		boolean sentence = t.matches("(?s).*[.!?»…)\"]\\s*\\**$") || t.length() > 80;
		return words >= 8 && sentence && lower * 10 >= words * 4;
	}

}
