package fr.metrograph.charts;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The years a yearly chart shows: every year of the requested range that lies between the
 * first and the last year known, and those of them that no document covers for what the
 * chart counts. An undocumented year keeps its place on the axis, with no bar and a grey
 * band marked "non documenté", so that a gap is never read as a zero.
 *
 * @param years the years on the axis, ascending, without gaps
 * @param undocumented the years of {@code years} nothing is known of
 */
record YearSpan(List<Integer> years, Set<Integer> undocumented) {

	/** Every year from {@code first} to {@code last}, all documented. */
	static YearSpan between(int first, int last) {
		return new YearSpan(java.util.stream.IntStream.rangeClosed(first, last).boxed().toList(), Set.of());
	}

	boolean documented(int year) {
		return !this.undocumented.contains(year);
	}

	/** "De 2019 à 2025", "Année 2025", "" when empty. */
	String period() {
		if (this.years.isEmpty()) {
			return "";
		}
		int first = this.years.get(0);
		int last = this.years.get(this.years.size() - 1);
		return (first == last) ? "Année " + first : "De " + first + " à " + last;
	}

	/** "années non documentées : 2020, 2021", or "" when every year is documented. */
	String undocumentedNote() {
		if (this.undocumented.isEmpty()) {
			return "";
		}
		String list = this.years.stream()
			.filter(this.undocumented::contains)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return ((this.undocumented.size() > 1) ? "années non documentées : " : "année non documentée : ") + list;
	}

	/**
	 * Draws a grey band labelled "non documenté" (or "n. d." when narrow) on each gap.
	 */
	void mark(CategoryPlot plot, int width) {
		boolean narrow = width / (double) Math.max(1, this.years.size()) < 90;
		for (int year : this.years) {
			if (!documented(year)) {
				CategoryMarker marker = new CategoryMarker(Integer.toString(year), new java.awt.Color(0xEEEEEE),
						new java.awt.BasicStroke(1f));
				marker.setDrawAsLine(false);
				marker.setLabel(narrow ? "n. d." : "non documenté");
				marker.setLabelFont(ChartStyle.font(java.awt.Font.ITALIC, 10, width));
				marker.setLabelPaint(ChartStyle.TEXT);
				marker.setLabelAnchor(RectangleAnchor.CENTER);
				marker.setLabelTextAnchor(TextAnchor.CENTER);
				plot.addDomainMarker(marker, Layer.BACKGROUND);
			}
		}
	}

}
