package fr.metrograph.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV rows as RFC 4180 says (fields separated by the dialect's separator, quoted
 * with double quotes when they hold a separator, a quote, a line break or surrounding
 * spaces, quotes doubled, rows ended by CRLF), with every text cell passed through
 * {@link CsvCells#neutralise} first. In the {@link CsvDialect#TABLEUR} dialect the first
 * thing written is a byte order mark. Every CSV the service produces goes through this
 * class (reports of queries, network exports, saved queries), so that none can carry a
 * live formula to a user's spreadsheet. Not thread-safe; I/O errors are rethrown
 * unchecked.
 */
public final class CsvWriter implements Closeable, Flushable {

	private final Writer out;

	private final CsvDialect dialect;

	private boolean started;

	/**
	 * @param out where the text goes (closed by {@link #close()})
	 * @param dialect separator, decimal separator and byte order mark
	 */
	public CsvWriter(Writer out, CsvDialect dialect) {
		this.out = out;
		this.dialect = dialect;
	}

	/**
	 * A writer that encodes in UTF-8 onto a stream. {@link #close()} closes the stream;
	 * call {@link #flush()} instead to leave it open (a ZIP entry).
	 * @param out the stream
	 * @param dialect the dialect
	 * @return the writer
	 */
	public static CsvWriter utf8(OutputStream out, CsvDialect dialect) {
		return new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), dialect);
	}

	/**
	 * A whole CSV text: a header row, then the rows.
	 * @param dialect the dialect
	 * @param header the column names
	 * @param rows the rows, each a list of cell values
	 * @return the text
	 */
	public static String write(CsvDialect dialect, List<?> header, Iterable<? extends List<?>> rows) {
		StringWriter text = new StringWriter();
		CsvWriter csv = new CsvWriter(text, dialect);
		csv.row(header);
		rows.forEach(csv::row);
		csv.flush();
		return text.toString();
	}

	/** The dialect this writer writes. */
	public CsvDialect dialect() {
		return this.dialect;
	}

	/**
	 * Writes one row.
	 * @param cells the values (null is an empty cell, numbers are written as numbers)
	 * @return this writer
	 */
	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	/**
	 * Writes one row.
	 * @param cells the values (null is an empty cell, numbers are written as numbers)
	 * @return this writer
	 */
	public CsvWriter row(Iterable<?> cells) {
		try {
			if (!this.started) {
				this.started = true;
				if (this.dialect.byteOrderMark()) {
					this.out.write('\uFEFF');
				}
			}
			boolean first = true;
			for (Object cell : cells) {
				if (!first) {
					this.out.write(this.dialect.separator());
				}
				first = false;
				this.out.write(quote(CsvCells.text(cell, this.dialect)));
			}
			this.out.write("\r\n");
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String quote(String text) {
		boolean needed = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
		for (int i = 0; i < text.length() && !needed; i++) {
			char c = text.charAt(i);
			needed = c == this.dialect.separator() || c == '"' || c == '\r' || c == '\n';
		}
		return needed ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	@Override
	public void flush() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
