package fr.metrograph.ingest.read;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF in reading order. A PDF written by a browser, a word processor
 * or a layout program draws its text in reading order: a column to its end, then the
 * next, a side box apart. Sorting the glyphs by position instead (PDFBox's
 * {@code sortByPosition}) interleaves the lines of two columns that share a baseline
 * ("Plan climat : à La Seyne-sur-Mer, les AGENDA") and cuts every sentence. So the
 * drawing order is read first; only when it jumps up the page more often than columns and
 * boxes explain (a generator that draws text in no particular order) is the text read
 * again sorted by position. Tables keep their rows either way: a row is drawn cell after
 * cell.
 */
final class PdfText {

	/**
	 * Moves up the page (by more than a glyph's height: no superscript) per page above
	 * which the drawing order is scrambled: columns, boxes, headers and footers make a
	 * handful.
	 */
	private static final double SCRAMBLED_JUMPS_PER_PAGE = 12;

	private static final Pattern WRAPPED_COMPOUND = Pattern.compile("(?<=\\p{L})-[ \\t]*\\r?\\n(?=\\p{L})");

	private PdfText() {
	}

	static String of(PDDocument pdf) throws IOException {
		DrawingOrder drawn = new DrawingOrder();
		String text = drawn.getText(pdf);
		int pages = Math.max(1, pdf.getNumberOfPages());
		if (drawn.upwardJumps > SCRAMBLED_JUMPS_PER_PAGE * pages) {
			PDFTextStripper sorted = new PDFTextStripper();
			sorted.setSortByPosition(true);
			return joinWrappedCompounds(sorted.getText(pdf));
		}
		return joinWrappedCompounds(text);
	}

	/**
	 * A compound word the layout wrapped at its hyphen is one word again: "Joëlle
	 * Nkemdirim-" / "Barthe" is "Joëlle Nkemdirim-Barthe", "vice-" / "présidente" is
	 * "vice-présidente" (a dash after a space, a list's or a title's, stays).
	 */
	static String joinWrappedCompounds(String text) {
		return WRAPPED_COMPOUND.matcher(text).replaceAll("-");
	}

	/** Reads in drawing order and counts how often the next line starts higher up. */
	private static final class DrawingOrder extends PDFTextStripper {

		private int upwardJumps;

		private float lastY = Float.NaN;

		@Override
		protected void startPage(PDPage page) throws IOException {
			this.lastY = Float.NaN;
			super.startPage(page);
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			if (!positions.isEmpty()) {
				TextPosition first = positions.get(0);
				float y = first.getYDirAdj();
				float line = Math.max(first.getHeightDir(), 1f);
				if (!Float.isNaN(this.lastY) && this.lastY - y > line) {
					this.upwardJumps++;
				}
				this.lastY = y;
			}
			super.writeString(text, positions);
		}

	}

}
