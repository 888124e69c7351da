package fr.metrograph.ingest.split;

import java.util.ArrayList;
import java.util.List;

import fr.metrograph.ingest.model.Evidence;

/**
 * A run of lines of a file with their 1-based line numbers in the whole file, and the
 * helpers to quote them as {@link Evidence}. Also offers the text joined with single
 * spaces ({@link #joined()}) with a map from offsets back to line numbers, so that
 * patterns spanning wrapped lines can still be cited precisely.
 */
public final class TextLines {

	private final List<String> lines;

	private final int firstLine;

	private String joined;

	private int[] lineOfOffset;

	/**
	 * @param lines the lines (without line terminators)
	 * @param firstLine the 1-based file line number of {@code lines.get(0)}
	 */
	public TextLines(List<String> lines, int firstLine) {
		this.lines = List.copyOf(lines);
		this.firstLine = firstLine;
	}

	/**
	 * Splits a whole file's text into lines (LF, CRLF or CR; form feeds end a line).
	 * @param text the file text
	 * @return its lines numbered from 1
	 */
	public static TextLines of(String text) {
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		List<String> out = new ArrayList<>(List.of(normalised.split("\n", -1)));
		return new TextLines(out, 1);
	}

	/** Number of the first line (1-based, file numbering). */
	public int first() {
		return this.firstLine;
	}

	/** Number of the last line (inclusive). */
	public int last() {
		return this.firstLine + this.lines.size() - 1;
	}

	public int size() {
		return this.lines.size();
	}

	/**
	 * The line with the given file line number.
	 * @param number 1-based file line number
	 * @return the line
	 */
	public String line(int number) {
		return this.lines.get(number - this.firstLine);
	}

	/**
	 * The sub-range between two file line numbers (inclusive).
	 * @param from first line
	 * @param to last line
	 * @return the lines
	 */
	public TextLines slice(int from, int to) {
		return new TextLines(this.lines.subList(from - this.firstLine, to - this.firstLine + 1), from);
	}

	/** The raw text of these lines joined with {@code \n}. */
	public String text() {
		return String.join("\n", this.lines);
	}

	/** The lines as a list (index 0 is line {@link #first()}). */
	public List<String> lines() {
		return this.lines;
	}

	/**
	 * Quotes the lines from {@code from} to {@code to} (inclusive).
	 * @param from first line
	 * @param to last line
	 * @return the evidence
	 */
	public Evidence evidence(int from, int to) {
		StringBuilder sb = new StringBuilder();
		for (int n = from; n <= to; n++) {
			sb.append(cleanForQuote(line(n))).append(' ');
		}
		return new Evidence(sb.toString(), from, to);
	}

	/**
	 * Quotes an arbitrary passage found in the lines from {@code from} to {@code to}.
	 * @param quote the passage
	 * @param from first line
	 * @param to last line
	 * @return the evidence
	 */
	public static Evidence quote(String quote, int from, int to) {
		return new Evidence(cleanForQuote(quote), from, to);
	}

	static String cleanForQuote(String s) {
		return s.replace("**", "").replace("\f", " ");
	}

	/** The text of all lines joined with single spaces between lines. */
	public String joined() {
		if (this.joined == null) {
			StringBuilder sb = new StringBuilder();
			List<Integer> map = new ArrayList<>();
			for (int i = 0; i < this.lines.size(); i++) {
				String l = this.lines.get(i);
				for (int k = 0; k < l.length(); k++) {
					map.add(this.firstLine + i);
				}
				sb.append(l);
				sb.append(' ');
				map.add(this.firstLine + i);
			}
			this.joined = sb.toString();
			this.lineOfOffset = map.stream().mapToInt(Integer::intValue).toArray();
		}
		return this.joined;
	}

	/**
	 * The file line number of an offset in {@link #joined()}.
	 * @param offset the offset
	 * @return the 1-based line number
	 */
	public int lineAt(int offset) {
		joined();
		if (this.lineOfOffset.length == 0) {
			return this.firstLine;
		}
		int o = Math.max(0, Math.min(offset, this.lineOfOffset.length - 1));
		return this.lineOfOffset[o];
	}

	/**
	 * Evidence for a span of {@link #joined()}.
	 * @param start start offset
	 * @param end end offset (exclusive)
	 * @return the quoted span with its lines
	 */
	public Evidence evidenceOfSpan(int start, int end) {
		String j = joined();
		int s = Math.max(0, start);
		int e = Math.min(j.length(), Math.max(s, end));
		return new Evidence(cleanForQuote(j.substring(s, e)), lineAt(s), lineAt(Math.max(s, e - 1)));
	}

	/**
	 * Groups the lines into paragraphs (runs of non-blank lines).
	 * @return the paragraphs in order
	 */
	public List<Paragraph> paragraphs() {
		List<Paragraph> out = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= this.lines.size(); i++) {
			boolean blank = i == this.lines.size() || this.lines.get(i).replace("\f", "").isBlank();
			if (!blank && start < 0) {
				start = i;
			}
			else if (blank && start >= 0) {
				out.add(new Paragraph(slice(this.firstLine + start, this.firstLine + i - 1)));
				start = -1;
			}
		}
		return out;
	}

	/**
	 * A run of non-blank lines.
	 *
	 * @param lines its lines
	 */
	public record Paragraph(TextLines lines) {

		/** The lines joined with spaces, bold markers removed, whitespace folded. */
		public String text() {
			return String.join(" ", this.lines.lines()).replace("**", "").replaceAll("\\s+", " ").strip();
		}

		public int from() {
			return this.lines.first();
		}

		public int to() {
			return this.lines.last();
		}

		public Evidence evidence() {
			return this.lines.evidence(from(), to());
		}

	}

}
