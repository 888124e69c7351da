package fr.metrograph.ingest.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells an HTML table's {@code rowspan} carries down: a page shows a merged cell («
 * Métropole Européenne de Lille » beside two members) on every row it spans, so its text
 * is written again on each of those rows, at its column, and every row keeps the header's
 * column order. Tables may nest: each has its own columns.
 */
final class TableSpans {

	/** No page spans a cell over more rows than this; a larger value is a typo. */
	private static final int MAX_ROWS = 200;

	private final Deque<Table> tables = new ArrayDeque<>();

	/** A table starts. */
	void openTable() {
		this.tables.push(new Table());
	}

	/** The innermost table ends. */
	void closeTable() {
		this.tables.poll();
	}

	/**
	 * A row starts.
	 * @return the cells carried from the rows above that start it, as written after the
	 * row's first pipe (" text |" each)
	 */
	String rowStart() {
		Table table = this.tables.peek();
		if (table == null) {
			return "";
		}
		table.column = 0;
		return written(table.carried());
	}

	/**
	 * A cell ends.
	 * @param text the cell's text
	 * @param rowspan its {@code rowspan} attribute (blank when absent)
	 * @param colspan its {@code colspan} attribute (blank when absent)
	 * @return the carried cells that follow it in its row, as written after its pipe
	 */
	String cellEnd(String text, String rowspan, String colspan) {
		Table table = this.tables.peek();
		if (table == null) {
			return "";
		}
		int rows = count(rowspan);
		if (rows > 1) {
			table.pending.put(table.column, new Span(text, rows - 1));
		}
		table.column += count(colspan);
		return written(table.carried());
	}

	private static String written(List<String> cells) {
		StringBuilder out = new StringBuilder();
		cells.forEach((c) -> out.append(' ').append(c).append(" |"));
		return out.toString();
	}

	private static int count(String attribute) {
		String digits = attribute.strip();
		if (!digits.matches("\\d{1,4}")) {
			return 1;
		}
		return Math.max(1, Math.min(MAX_ROWS, Integer.parseInt(digits)));
	}

	private record Span(String text, int rows) {
	}

	private static final class Table {

		private final Map<Integer, Span> pending = new HashMap<>();

		private int column;

		/** The spanned cells at the current column and the ones right after it. */
		List<String> carried() {
			List<String> out = new ArrayList<>();
			Span span = this.pending.remove(this.column);
			while (span != null) {
				out.add(span.text());
				if (span.rows() > 1) {
					this.pending.put(this.column, new Span(span.text(), span.rows() - 1));
				}
				this.column++;
				span = this.pending.remove(this.column);
			}
			return out;
		}

	}

}
