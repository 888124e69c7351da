package fr.metrograph.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import fr.metrograph.trends.ThemeTrends.ThemeTrend;
import fr.metrograph.trends.ThemeTrends.ThemeYear;

/**
 * Themes over the years as a grid (a heat map): one row per theme, one column per year,
 * the cell's shade by the number of sessions, the count written in it and, when the cell
 * is wide enough, who presented; in SVG each cell carries a tooltip with the presenters.
 * When there are more themes than rows fit, the themes with most sessions are kept and a
 * note says how many were left out.
 * <p>
 * Why over 300 lines: one drawing (the grid, its labels fitted to the width, the cells'
 * counts and presenters, the legend, the years no document covers) whose parts share the
 * layout's measurements; split, they would pass a dozen measures from class to class.
 */
final class ThemeGridDrawing implements Drawable {

	private static final Color LIGHT = new Color(0xD6EAF8);

	/** The mark of a theme known for a year only through a project. */
	private static final String PROJECT = "projet";

	private final List<ThemeTrend> themes;

	private final int firstYear;

	private final int lastYear;

	/** Years no document covers for themes: a grey column, never an empty one. */
	private final java.util.Set<Integer> undocumented;

	ThemeGridDrawing(List<ThemeTrend> themes, int firstYear, int lastYear) {
		this(themes, firstYear, lastYear, java.util.Set.of());
	}

	ThemeGridDrawing(List<ThemeTrend> themes, int firstYear, int lastYear, java.util.Set<Integer> undocumented) {
		this.themes = themes;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.undocumented = undocumented;
	}

	@Override
	public void draw(Graphics2D g2, Rectangle2D area) {
		int width = (int) area.getWidth();
		double x0 = area.getX();
		double y0 = area.getY();
		g2.setColor(Color.WHITE);
		g2.fill(area);
		Font titleFont = ChartStyle.font(Font.BOLD, 17, width);
		Font labelFont = ChartStyle.font(Font.PLAIN, 11, width);
		Font cellFont = ChartStyle.font(Font.PLAIN, 10, width);
		FontMetrics titleMetrics = g2.getFontMetrics(titleFont);
		FontMetrics labelMetrics = g2.getFontMetrics(labelFont);
		double pad = 10 * ChartStyle.scale(width);
		g2.setFont(titleFont);
		g2.setColor(ChartStyle.TEXT);
		String title = "Thèmes travaillés au fil des années";
		g2.drawString(title, (float) (area.getCenterX() - titleMetrics.stringWidth(title) / 2.0),
				(float) (y0 + pad + titleMetrics.getAscent()));
		double top = y0 + pad * 2 + titleMetrics.getHeight();
		int years = this.lastYear - this.firstYear + 1;
		double lineHeight = labelMetrics.getHeight();
		// Year labels: horizontal, or vertical and thinned when columns are narrow.
		double leftWidth = Math.min(area.getWidth() * 0.38, maxLabelWidth(labelMetrics) + pad);
		double gridWidth = Math.min(area.getWidth() - leftWidth - 2 * pad, years * 220 * ChartStyle.scale(width));
		double columnWidth = gridWidth / years;
		boolean vertical = columnWidth < labelMetrics.stringWidth("0000") + 6;
		int step = vertical ? (int) Math.max(1, Math.ceil(lineHeight * 1.2 / columnWidth)) : 1;
		double axisHeight = (vertical ? labelMetrics.stringWidth("0000") : lineHeight) + pad;
		double legendHeight = lineHeight * 2 + pad;
		double gridHeight = area.getHeight() - (top - y0) - axisHeight - legendHeight - pad;
		double minRow = Math.max(lineHeight * 1.15, 12);
		int rows = Math.max(1, Math.min(this.themes.size(), (int) (gridHeight / minRow)));
		List<ThemeTrend> shown = kept(rows);
		double rowHeight = Math.min(gridHeight / shown.size(), lineHeight * 3.2);
		top += (gridHeight - rowHeight * shown.size()) / 3;
		double gridLeft = x0 + pad + leftWidth;
		int maxSessions = shown.stream()
			.flatMap((t) -> t.years().stream())
			.mapToInt(ThemeYear::sessions)
			.max()
			.orElse(1);
		for (int r = 0; r < shown.size(); r++) {
			ThemeTrend theme = shown.get(r);
			double rowTop = top + r * rowHeight;
			if (r % 2 == 1) {
				g2.setColor(new Color(0xFAFAFA));
				g2.fill(new Rectangle2D.Double(x0 + pad, rowTop, area.getWidth() - 2 * pad, rowHeight));
			}
			drawThemeLabel(g2, labelFont, theme.name(), x0 + pad, rowTop, leftWidth - pad, rowHeight);
			for (ThemeYear year : theme.years()) {
				if (year.year() < this.firstYear || year.year() > this.lastYear) {
					continue;
				}
				Rectangle2D cell = new Rectangle2D.Double(gridLeft + (year.year() - this.firstYear) * columnWidth + 1,
						rowTop + 1, Math.max(1, columnWidth - 2), Math.max(1, rowHeight - 2));
				String tooltip = theme.name() + " — " + year.year() + " : " + sessions(year.sessions())
						+ (year.presenters().isEmpty() ? "" : " ; présenté par " + String.join(", ", year.presenters()))
						+ ((year.projects() > 0) ? " ; " + projects(year.projects()) : "");
				if (g2 instanceof SVGGraphics2D) {
					g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, tooltip);
				}
				if (year.sessions() == 0) {
					drawProjectCell(g2, cellFont, cell);
					continue;
				}
				Color fill = shade(year.sessions(), maxSessions);
				g2.setColor(fill);
				g2.fill(cell);
				drawCellText(g2, cellFont, year, cell, dark(fill) ? Color.WHITE : ChartStyle.TEXT);
			}
		}
		double gridBottom = top + shown.size() * rowHeight;
		markUndocumented(g2, cellFont, gridLeft, columnWidth, top, gridBottom);
		g2.setColor(ChartStyle.GREY);
		g2.draw(new java.awt.geom.Line2D.Double(gridLeft, gridBottom, gridLeft + gridWidth, gridBottom));
		g2.setFont(labelFont);
		g2.setColor(ChartStyle.TEXT);
		for (int i = 0; i < years; i++) {
			if (i % step != 0 && i != years - 1) {
				continue;
			}
			if (i != years - 1 && i + step > years - 1 && (years - 1 - i) < step) {
				continue;
			}
			String label = Integer.toString(this.firstYear + i);
			double cx = gridLeft + (i + 0.5) * columnWidth;
			if (vertical) {
				AffineTransform saved = g2.getTransform();
				g2.translate(cx + labelMetrics.getAscent() / 2.0 - 1, gridBottom + 4 + labelMetrics.stringWidth(label));
				g2.rotate(-Math.PI / 2);
				g2.drawString(label, 0, 0);
				g2.setTransform(saved);
			}
			else {
				g2.drawString(label, (float) (cx - labelMetrics.stringWidth(label) / 2.0),
						(float) (gridBottom + 4 + labelMetrics.getAscent()));
			}
		}
		boolean projectCells = shown.stream()
			.flatMap((t) -> t.years().stream())
			.anyMatch((y) -> y.sessions() == 0 && y.projects() > 0);
		drawLegend(g2, labelFont, x0 + pad, gridBottom + axisHeight + pad / 2, maxSessions,
				this.themes.size() - shown.size(), projectCells);
	}

	private void markUndocumented(Graphics2D g2, Font font, double gridLeft, double columnWidth, double top,
			double bottom) {
		Font italic = font.deriveFont(Font.ITALIC);
		FontMetrics metrics = g2.getFontMetrics(italic);
		String label = (columnWidth > metrics.stringWidth("non documenté") + 4) ? "non documenté" : "n. d.";
		for (int year : this.undocumented) {
			if (year < this.firstYear || year > this.lastYear) {
				continue;
			}
			double left = gridLeft + (year - this.firstYear) * columnWidth;
			g2.setColor(new Color(0xEEEEEE));
			g2.fill(new Rectangle2D.Double(left + 1, top, Math.max(1, columnWidth - 2), bottom - top));
			g2.setColor(ChartStyle.TEXT);
			g2.setFont(italic);
			g2.drawString(label, (float) (left + (columnWidth - metrics.stringWidth(label)) / 2),
					(float) ((top + bottom) / 2 + metrics.getAscent() / 2.0));
		}
	}

	private List<ThemeTrend> kept(int rows) {
		List<ThemeTrend> sorted = new ArrayList<>(this.themes);
		if (sorted.size() > rows) {
			sorted.sort(Comparator.comparingInt(ThemeTrend::sessions).reversed().thenComparing(ThemeTrend::name));
			sorted = new ArrayList<>(sorted.subList(0, rows));
		}
		sorted.sort(Comparator.comparingInt(ThemeTrend::firstYear).thenComparing(ThemeTrend::name));
		return sorted;
	}

	private double maxLabelWidth(FontMetrics metrics) {
		return this.themes.stream()
			.flatMap((t) -> ChartStyle.wrap(t.name(), 34).stream().limit(2))
			.mapToDouble(metrics::stringWidth)
			.max()
			.orElse(100);
	}

	private static void drawThemeLabel(Graphics2D g2, Font font, String name, double x, double top, double width,
			double height) {
		FontMetrics metrics = g2.getFontMetrics(font);
		int lines = Math.max(1, Math.min(2, (int) (height / metrics.getHeight())));
		List<String> wrapped = fit(metrics, name, width, lines);
		g2.setFont(font);
		g2.setColor(ChartStyle.TEXT);
		double textTop = top + (height - wrapped.size() * metrics.getHeight()) / 2.0;
		for (int i = 0; i < wrapped.size(); i++) {
			g2.drawString(wrapped.get(i), (float) x, (float) (textTop + i * metrics.getHeight() + metrics.getAscent()));
		}
	}

	/** Wraps into at most {@code lines} lines of at most {@code width} pixels. */
	static List<String> fit(FontMetrics metrics, String text, double width, int lines) {
		List<String> out = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = text.split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String candidate = (line.length() == 0) ? words[i] : line + " " + words[i];
			if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			out.add(line.toString());
			line.setLength(0);
			line.append(words[i]);
			if (out.size() == lines - 1) {
				StringBuilder rest = new StringBuilder(line);
				for (int j = i + 1; j < words.length; j++) {
					rest.append(' ').append(words[j]);
				}
				line = rest;
				break;
			}
		}
		out.add(line.toString());
		List<String> clipped = new ArrayList<>();
		for (String l : out.subList(0, Math.min(lines, out.size()))) {
			String s = l;
			while (metrics.stringWidth(s) > width && s.length() > 2) {
				s = s.substring(0, s.length() - 2).strip() + "…";
			}
			clipped.add(s);
		}
		return clipped;
	}

	private static void drawCellText(Graphics2D g2, Font font, ThemeYear year, Rectangle2D cell, Color colour) {
		FontMetrics metrics = g2.getFontMetrics(font);
		String count = Integer.toString(year.sessions());
		if (cell.getWidth() < metrics.stringWidth(count) + 2 || cell.getHeight() < metrics.getAscent()) {
			return;
		}
		g2.setFont(font);
		g2.setColor(colour);
		boolean withPresenters = !year.presenters().isEmpty() && cell.getWidth() > metrics.stringWidth("Mmmmmmmm")
				&& cell.getHeight() >= metrics.getHeight() * 2;
		if (!withPresenters) {
			g2.drawString(count, (float) (cell.getCenterX() - metrics.stringWidth(count) / 2.0),
					(float) (cell.getCenterY() + metrics.getAscent() / 2.0 - 1));
			return;
		}
		String text = sessions(year.sessions()) + " : " + String.join(", ", year.presenters());
		int lines = (int) Math.min(3, (cell.getHeight() - 2) / metrics.getHeight());
		List<String> wrapped = fit(metrics, text, cell.getWidth() - 6, lines);
		double textTop = cell.getCenterY() - wrapped.size() * metrics.getHeight() / 2.0;
		for (int i = 0; i < wrapped.size(); i++) {
			g2.drawString(wrapped.get(i), (float) (cell.getX() + 3),
					(float) (textTop + i * metrics.getHeight() + metrics.getAscent()));
		}
	}

	/**
	 * A theme a project of the year worked on, without any session: an outlined cell
	 * marked "projet", so that a year documented only by a project sheet shows its
	 * themes.
	 */
	private static void drawProjectCell(Graphics2D g2, Font font, Rectangle2D cell) {
		g2.setColor(Color.WHITE);
		g2.fill(cell);
		g2.setColor(ChartStyle.BLUE);
		java.awt.Stroke saved = g2.getStroke();
		g2.setStroke(new java.awt.BasicStroke(1.5f));
		g2.draw(new Rectangle2D.Double(cell.getX() + 1, cell.getY() + 1, Math.max(1, cell.getWidth() - 2),
				Math.max(1, cell.getHeight() - 2)));
		g2.setStroke(saved);
		FontMetrics metrics = g2.getFontMetrics(font);
		String label = (cell.getWidth() > metrics.stringWidth(PROJECT) + 6) ? PROJECT : "p.";
		if (cell.getWidth() < metrics.stringWidth(label) + 2 || cell.getHeight() < metrics.getAscent()) {
			return;
		}
		g2.setFont(font);
		g2.setColor(ChartStyle.TEXT);
		g2.drawString(label, (float) (cell.getCenterX() - metrics.stringWidth(label) / 2.0),
				(float) (cell.getCenterY() + metrics.getAscent() / 2.0 - 1));
	}

	private static void drawLegend(Graphics2D g2, Font font, double x, double y, int maxSessions, int hidden,
			boolean projectCells) {
		FontMetrics metrics = g2.getFontMetrics(font);
		g2.setFont(font);
		g2.setColor(ChartStyle.TEXT);
		String label = "Nombre de séances par année :";
		g2.drawString(label, (float) x, (float) (y + metrics.getAscent()));
		double cx = x + metrics.stringWidth(label) + 8;
		int steps = Math.min(maxSessions, 5);
		for (int i = 0; i < steps; i++) {
			int value = (steps == maxSessions) ? i + 1 : 1 + (int) Math.round(i * (maxSessions - 1) / (steps - 1.0));
			String text = Integer.toString(value);
			double boxWidth = Math.max(metrics.stringWidth(text) + 10, metrics.getHeight() * 1.5);
			Color fill = shade(value, maxSessions);
			g2.setColor(fill);
			g2.fill(new Rectangle2D.Double(cx, y, boxWidth, metrics.getHeight()));
			g2.setColor(dark(fill) ? Color.WHITE : ChartStyle.TEXT);
			g2.drawString(text, (float) (cx + (boxWidth - metrics.stringWidth(text)) / 2),
					(float) (y + metrics.getAscent()));
			cx += boxWidth + 2;
		}
		if (projectCells) {
			cx += metrics.getHeight();
			double boxWidth = metrics.stringWidth(PROJECT) + 10;
			drawProjectCell(g2, font, new Rectangle2D.Double(cx - 1, y - 1, boxWidth + 2, metrics.getHeight() + 2));
			cx += boxWidth + 4;
			g2.setFont(font);
			g2.setColor(ChartStyle.TEXT);
			String text = "thème d’un projet de l’année, sans séance";
			g2.drawString(text, (float) cx, (float) (y + metrics.getAscent()));
			cx += metrics.stringWidth(text);
		}
		if (hidden > 0) {
			g2.setColor(ChartStyle.TEXT);
			g2.drawString(" (" + hidden + " thèmes non affichés)", (float) cx, (float) (y + metrics.getAscent()));
		}
	}

	/** Light blue for one session, Okabe–Ito blue for the most. */
	static Color shade(int sessions, int max) {
		double t = (max <= 1) ? 1 : (sessions - 1) / (double) (max - 1);
		t = 0.35 + 0.65 * Math.max(0, Math.min(1, t));
		Color dark = ChartStyle.BLUE;
		return new Color((int) Math.round(LIGHT.getRed() + t * (dark.getRed() - LIGHT.getRed())),
				(int) Math.round(LIGHT.getGreen() + t * (dark.getGreen() - LIGHT.getGreen())),
				(int) Math.round(LIGHT.getBlue() + t * (dark.getBlue() - LIGHT.getBlue())));
	}

	private static boolean dark(Color c) {
		return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) < 150;
	}

	private static String projects(int n) {
		return (n > 1) ? n + " projets" : "1 projet";
	}

	private static String sessions(int n) {
		return (n == 0) ? "aucune séance" : n + " séance" + ((n > 1) ? "s" : "");
	}

}
