package fr.metrograph.reports;

import java.util.List;

import org.jfree.chart.ui.Drawable;

/**
 * A report as a writer sees it: a title and sections of blocks (paragraphs, lists,
 * tables, figures), already in French. The HTML and PDF writers render the same content,
 * so both formats have the same sections.
 *
 * @param title the report's title
 * @param subtitle a line under the title
 * @param sections the sections, in order
 * @param notice paragraphs shown on the first page under the subtitle (a year the
 * documents say little of says so there), or empty
 */
record ReportContent(String title, String subtitle, List<Section> sections, List<String> notice) {

	/** A section: anchor id, heading, blocks. */
	record Section(String id, String title, List<Block> blocks) {
	}

	/** A piece of a section. */
	sealed interface Block permits Paragraph, Bullets, Table, Figure, Subheading {

	}

	/** A subheading inside a section. */
	record Subheading(String text) implements Block {
	}

	/** A paragraph of text. */
	record Paragraph(String text) implements Block {
	}

	/** A bulleted list. */
	record Bullets(List<String> items) implements Block {
	}

	/**
	 * A table.
	 *
	 * @param headers column headings
	 * @param rows cells, as many per row as headings
	 * @param widths relative column widths
	 */
	record Table(List<String> headers, List<List<String>> rows, List<Double> widths) implements Block {
	}

	/**
	 * A chart, drawn as vectors.
	 *
	 * @param caption the caption
	 * @param drawing the chart
	 * @param width its natural width in pixels
	 * @param height its natural height in pixels
	 */
	record Figure(String caption, Drawable drawing, int width, int height) implements Block {
	}

}
