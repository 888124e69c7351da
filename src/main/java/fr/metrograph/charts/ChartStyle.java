package fr.metrograph.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart: the Okabe–Ito palette (safe for colour-blind readers),
 * a font that has the French accents, sizes that follow the image size, and year axes
 * that rotate or thin their labels so that one year and thirty years both stay readable.
 */
final class ChartStyle {

	/** Okabe–Ito: orange, sky blue, bluish green, yellow, blue, vermillion, purple. */
	static final Color ORANGE = new Color(0xE69F00);

	static final Color SKY_BLUE = new Color(0x56B4E9);

	static final Color GREEN = new Color(0x009E73);

	static final Color YELLOW = new Color(0xF0E442);

	static final Color BLUE = new Color(0x0072B2);

	static final Color VERMILLION = new Color(0xD55E00);

	static final Color PURPLE = new Color(0xCC79A7);

	static final Color GREY = new Color(0x999999);

	static final Color TEXT = new Color(0x222222);

	static final Color GRID = new Color(0xDDDDDD);

	/** The palette in the order series and communities take it. */
	static final List<Color> PALETTE = List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, YELLOW);

	/**
	 * Families tried in order; the first installed one that shows French accents wins.
	 */
	private static final List<String> PREFERRED = List.of("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial",
			"Helvetica");

	/** The font family used everywhere. */
	static final String FAMILY = chooseFamily();

	private static final String ACCENTS = "éèêàçùôîÉÈÀÇ«»’";

	static {
		// Rotated year labels as real text (SVG <text>), not glyph outlines.
		org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	private ChartStyle() {
	}

	static String chooseFamily() {
		Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		return PREFERRED.stream()
			.filter(installed::contains)
			.filter((family) -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(ACCENTS) == -1)
			.findFirst()
			.orElse(Font.SANS_SERIF);
	}

	/** A font of the chart family, sized for an image {@code width} pixels wide. */
	static Font font(int style, double points, int width) {
		return new Font(FAMILY, style, (int) Math.round(points * scale(width)));
	}

	/** 1 at 800 pixels wide, smaller for small images, larger for big ones. */
	static double scale(int width) {
		return Math.max(0.75, Math.min(2.5, width / 800.0));
	}

	/** The minus sign if the font has it, a hyphen otherwise. */
	static String minus() {
		return (new Font(FAMILY, Font.PLAIN, 12).canDisplay('\u2212')) ? "\u2212" : "-";
	}

	/** Fonts, colours, title and legend of a JFreeChart, for an image of this size. */
	static void apply(JFreeChart chart, String subtitle, int width) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		chart.setPadding(new RectangleInsets(8, 8, 8, 8));
		TextTitle title = chart.getTitle();
		if (title != null) {
			title.setFont(font(Font.BOLD, 17, width));
			title.setPaint(TEXT);
		}
		if (subtitle != null && !subtitle.isBlank()) {
			TextTitle sub = new TextTitle(subtitle, font(Font.PLAIN, 12, width));
			sub.setPaint(new Color(0x555555));
			chart.addSubtitle(sub);
		}
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(font(Font.PLAIN, 12, width));
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		if (chart.getPlot() instanceof CategoryPlot plot) {
			plot.setBackgroundPaint(Color.WHITE);
			plot.setOutlineVisible(false);
			plot.setRangeGridlinePaint(GRID);
			plot.setRangeGridlineStroke(new BasicStroke(1f));
			plot.setDomainGridlinesVisible(false);
			for (int i = 0; i < plot.getRangeAxisCount(); i++) {
				styleAxis(plot.getRangeAxis(i), width);
			}
			styleAxis(plot.getDomainAxis(), width);
			for (int i = 0; i < plot.getRendererCount(); i++) {
				if (plot.getRenderer(i) instanceof BarRenderer bars) {
					bars.setBarPainter(new StandardBarPainter());
					bars.setShadowVisible(false);
					bars.setDrawBarOutline(false);
					bars.setDefaultItemLabelFont(font(Font.PLAIN, 10, width));
					bars.setDefaultItemLabelPaint(TEXT);
				}
			}
		}
	}

	static void styleAxis(org.jfree.chart.axis.Axis axis, int width) {
		if (axis == null) {
			return;
		}
		axis.setLabelFont(font(Font.PLAIN, 12, width));
		axis.setLabelPaint(TEXT);
		axis.setTickLabelFont(font(Font.PLAIN, 11, width));
		axis.setTickLabelPaint(TEXT);
		axis.setAxisLinePaint(GREY);
		if (axis instanceof NumberAxis numbers) {
			numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.FRENCH));
		}
	}

	/**
	 * Lays out year labels: horizontal when there is room, vertical when not, and every
	 * k-th year only when even vertical labels would touch.
	 * @param axis the category axis of years
	 * @param years the categories, in order
	 * @param width the image width
	 */
	static void yearAxis(CategoryAxis axis, List<? extends Comparable<?>> years, int width) {
		int n = Math.max(1, years.size());
		double plotWidth = width * 0.8;
		double perCategory = plotWidth / n;
		double fontSize = 11 * scale(width);
		double labelWidth = fontSize * 2.6;
		axis.setCategoryMargin((n > 15) ? 0.1 : 0.2);
		axis.setLowerMargin(0.02);
		axis.setUpperMargin(0.02);
		if (perCategory >= labelWidth + 6) {
			axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
			return;
		}
		axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
		int step = (int) Math.ceil((fontSize * 1.4) / perCategory);
		if (step > 1) {
			Color hidden = new Color(0, 0, 0, 0);
			for (int i = 0; i < years.size(); i++) {
				if (i % step != 0 && i != years.size() - 1) {
					axis.setTickLabelPaint(years.get(i), hidden);
				}
			}
			int last = years.size() - 1;
			if (last % step != 0 && last / step > 0) {
				// the last year is always shown; hide the shown one just before it, too
				// close
				axis.setTickLabelPaint(years.get((last / step) * step), hidden);
			}
		}
	}

	/** Shortens a label to {@code max} characters with an ellipsis. */
	static String shorten(String label, int max) {
		if (label == null) {
			return "";
		}
		return (label.length() <= max) ? label : label.substring(0, Math.max(1, max - 1)).strip() + "…";
	}

	/** Splits a label into lines of at most {@code max} characters, at spaces. */
	static List<String> wrap(String label, int max) {
		List<String> lines = new java.util.ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : Arrays.asList(label.split("\\s+"))) {
			if (line.length() > 0 && line.length() + 1 + word.length() > max) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

}
