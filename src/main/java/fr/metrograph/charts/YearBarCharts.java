package fr.metrograph.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.category.DefaultCategoryDataset;

import fr.metrograph.trends.MeetingTrends.MeetingYear;
import fr.metrograph.trends.MembershipTrends.MembershipYear;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.TrendsService.TimelineYear;

/**
 * The bar charts whose categories are years: membership, meetings by format, planned
 * versus realised themes, and a metropolis's timeline. Pure: records in, drawing out.
 * Every method returns a "no data" drawing when its series is empty.
 */
final class YearBarCharts {

	/** Item labels are written on bars only when there are at most this many years. */
	private static final int LABELLED_YEARS = 12;

	private YearBarCharts() {
	}

	static Drawable membership(List<MembershipYear> years, YearSpan span, String groupLabel, int width) {
		String title = "Membres du groupe " + groupLabel + " par année";
		if (years.isEmpty()) {
			return new NoDataDrawing(title, subtitle(span.period(), span.undocumentedNote()));
		}
		String minus = ChartStyle.minus();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<Integer, MembershipYear> byYear = new TreeMap<>();
		years.forEach((y) -> byYear.put(y.year(), y));
		for (int y : span.years()) {
			MembershipYear year = byYear.get(y);
			boolean compared = year != null && year.previousYear() != null;
			data.addValue((year != null) ? year.members().size() : null, "Membres", Integer.toString(y));
			data.addValue(compared ? year.joined().size() : null, "Arrivées (+)", Integer.toString(y));
			data.addValue(compared ? -year.left().size() : null, "Départs (" + minus + ")", Integer.toString(y));
		}
		JFreeChart chart = ChartFactory.createBarChart(title, "Année", "Nombre de métropoles", data,
				PlotOrientation.VERTICAL, true, true, false);
		String subtitle = subtitle(span.period(),
				"arrivées et départs par rapport à l'année observée précédente"
						+ ((years.size() == 1) ? " (une seule année : pas de comparaison)" : ""),
				span.undocumentedNote());
		ChartStyle.apply(chart, subtitle, width);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setSeriesPaint(0, ChartStyle.BLUE);
		bars.setSeriesPaint(1, ChartStyle.GREEN);
		bars.setSeriesPaint(2, ChartStyle.VERMILLION);
		bars.setItemMargin(0.05);
		plot.setRangeZeroBaselineVisible(true);
		plot.setRangeZeroBaselinePaint(ChartStyle.GREY);
		labels(bars, span.years().size());
		span.mark(plot, width);
		ChartStyle.yearAxis(plot.getDomainAxis(), data.getColumnKeys(), width);
		return chart;
	}

	static Drawable meetings(List<MeetingYear> years, YearSpan span, int width) {
		String title = "Réunions par année et par format";
		if (years.isEmpty()) {
			return new NoDataDrawing(title, subtitle(span.period(), span.undocumentedNote()));
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<Integer, MeetingYear> byYear = new TreeMap<>();
		years.forEach((y) -> byYear.put(y.year(), y));
		for (int y : span.years()) {
			MeetingYear year = byYear.get(y);
			// A documented year without meetings is a real zero; an undocumented one has
			// no bar.
			Integer zero = span.documented(y) ? 0 : null;
			String key = Integer.toString(y);
			data.addValue((year != null) ? (Integer) year.inPerson() : zero, "En présentiel", key);
			data.addValue((year != null) ? (Integer) year.remote() : zero, "À distance", key);
			data.addValue((year != null) ? (Integer) year.hybrid() : zero, "Hybride", key);
			data.addValue((year != null) ? (Integer) year.unknown() : zero, "Format inconnu", key);
		}
		JFreeChart chart = ChartFactory.createStackedBarChart(title, "Année", "Nombre de réunions", data,
				PlotOrientation.VERTICAL, true, true, false);
		int total = years.stream().mapToInt(MeetingYear::total).sum();
		ChartStyle.apply(chart,
				subtitle(span.period(), total + " réunion" + ((total > 1) ? "s" : ""), span.undocumentedNote()), width);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setSeriesPaint(0, ChartStyle.BLUE);
		bars.setSeriesPaint(1, ChartStyle.ORANGE);
		bars.setSeriesPaint(2, ChartStyle.GREEN);
		bars.setSeriesPaint(3, ChartStyle.GREY);
		bars.setMaximumBarWidth(0.12);
		if (years.size() <= LABELLED_YEARS) {
			bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
				@Override
				public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
					Number value = dataset.getValue(row, column);
					return (value == null || value.intValue() == 0) ? null : Integer.toString(value.intValue());
				}
			});
			bars.setDefaultItemLabelsVisible(true);
			bars.setDefaultItemLabelPaint(Color.WHITE);
			bars.setSeriesItemLabelPaint(3, Color.BLACK);
		}
		span.mark(plot, width);
		ChartStyle.yearAxis(plot.getDomainAxis(), data.getColumnKeys(), width);
		return chart;
	}

	static Drawable plannedVersusRealised(List<Outcome> outcomes, int width) {
		String title = "Thèmes annoncés et thèmes réalisés";
		if (outcomes.isEmpty()) {
			return new NoDataDrawing(title, null);
		}
		Map<Integer, List<Outcome>> byYear = new TreeMap<>();
		outcomes.forEach((o) -> byYear.computeIfAbsent(o.planned().forYear(), (k) -> new ArrayList<>()).add(o));
		DefaultCategoryDataset counts = new DefaultCategoryDataset();
		DefaultCategoryDataset similarity = new DefaultCategoryDataset();
		byYear.forEach((year, plans) -> {
			String y = Integer.toString(year);
			counts.addValue(plans.size(), "Thèmes annoncés", y);
			counts.addValue(plans.stream().filter(Outcome::realised).count(), "Réalisés", y);
			boolean reported = plans.stream().anyMatch(Outcome::yearReported);
			similarity.addValue(reported ? plans.stream().mapToDouble(Outcome::score).average().orElse(0) : null,
					"Similarité moyenne (0 à 1)", y);
		});
		JFreeChart chart = ChartFactory.createBarChart(title, "Année pour laquelle les thèmes étaient annoncés",
				"Nombre de thèmes", counts, PlotOrientation.VERTICAL, true, true, false);
		CategoryPlot plot = chart.getCategoryPlot();
		NumberAxis similarityAxis = new NumberAxis("Similarité (0 à 1)");
		similarityAxis.setRange(0, 1.05);
		plot.setRangeAxis(1, similarityAxis);
		plot.setDataset(1, similarity);
		plot.mapDatasetToRangeAxis(1, 1);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		line.setSeriesPaint(0, ChartStyle.VERMILLION);
		line.setSeriesStroke(0, new BasicStroke(2f));
		line.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
		plot.setRenderer(1, line);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		ChartStyle.apply(chart, "Un thème annoncé compte comme réalisé quand un thème de l'année lui ressemble assez",
				width);
		similarityAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.FRENCH));
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setSeriesPaint(0, ChartStyle.SKY_BLUE);
		bars.setSeriesPaint(1, ChartStyle.BLUE);
		bars.setItemMargin(0.05);
		labels(bars, byYear.size());
		if (byYear.size() <= LABELLED_YEARS) {
			NumberFormat decimals = NumberFormat.getNumberInstance(Locale.FRENCH);
			decimals.setMaximumFractionDigits(2);
			decimals.setMinimumFractionDigits(2);
			line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", decimals));
			line.setDefaultItemLabelsVisible(true);
			line.setDefaultItemLabelFont(ChartStyle.font(java.awt.Font.PLAIN, 10, width));
			line.setDefaultItemLabelPaint(ChartStyle.VERMILLION);
		}
		ChartStyle.yearAxis(plot.getDomainAxis(), counts.getColumnKeys(), width);
		return chart;
	}

	static Drawable timeline(List<TimelineYear> years, YearSpan span, String metropolis, int width) {
		String title = metropolis + " année par année";
		if (years.isEmpty()) {
			return new NoDataDrawing(title, subtitle(span.period(), span.undocumentedNote()));
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<Integer, TimelineYear> byYear = new TreeMap<>();
		years.forEach((y) -> byYear.put(y.year(), y));
		for (int y : span.years()) {
			TimelineYear year = byYear.get(y);
			String key = Integer.toString(y);
			data.addValue((year != null) ? year.groups().size() : null, "Groupes dont elle est membre", key);
			data.addValue((year != null) ? year.presented().size() : null, "Séances présentées", key);
			data.addValue((year != null) ? year.meetings() : null, "Réunions", key);
			data.addValue((year != null) ? year.people().size() : null, "Personnes impliquées", key);
		}
		JFreeChart chart = ChartFactory.createBarChart(title, "Année", "Nombre", data, PlotOrientation.VERTICAL, true,
				true, false);
		ChartStyle.apply(chart, subtitle(span.period(),
				"adhésion, retours d'expérience présentés, réunions et personnes", span.undocumentedNote()), width);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer bars = (BarRenderer) plot.getRenderer();
		bars.setSeriesPaint(0, ChartStyle.GREY);
		bars.setSeriesPaint(1, ChartStyle.ORANGE);
		bars.setSeriesPaint(2, ChartStyle.BLUE);
		bars.setSeriesPaint(3, ChartStyle.GREEN);
		bars.setItemMargin(0.04);
		labels(bars, span.years().size());
		span.mark(plot, width);
		ChartStyle.yearAxis(plot.getDomainAxis(), data.getColumnKeys(), width);
		return chart;
	}

	/** The non-empty parts, joined with " · ", the first capitalised. */
	static String subtitle(String... parts) {
		String joined = java.util.Arrays.stream(parts)
			.filter((p) -> p != null && !p.isBlank())
			.collect(java.util.stream.Collectors.joining(" · "));
		return joined.isEmpty() ? null : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
	}

	private static void labels(BarRenderer bars, int years) {
		if (years <= LABELLED_YEARS) {
			bars.setDefaultItemLabelGenerator(
					new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.FRENCH)) {
						@Override
						public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row,
								int column) {
							Number value = dataset.getValue(row, column);
							return (value == null) ? null
									: NumberFormat.getIntegerInstance(Locale.FRENCH).format(value);
						}
					});
			bars.setDefaultItemLabelsVisible(true);
		}
	}

}
