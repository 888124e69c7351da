package fr.metrograph.charts;

import java.util.List;

import org.jfree.chart.ui.Drawable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.testsupport.TrendRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every renderer fed directly with generated records, on one year and on thirty, in PNG
 * and SVG, big and small.
 */
class ChartRenderersTests {

	private static final int W = ChartRequest.DEFAULT_WIDTH;

	private static final int H = ChartRequest.DEFAULT_HEIGHT;

	@ParameterizedTest
	@ValueSource(ints = { 1, 30 })
	void membershipIsDrawnForOneAndThirtyYears(int years) {
		TrendRecords records = new TrendRecords(1996, years, 7);
		check(YearBarCharts.membership(records.membership(), YearSpan.between(1996, 1995 + years), "des agent·es", W),
				"membership-" + years, "Membres du groupe des agent·es par année", "1996", "Arrivées (+)");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 30 })
	void meetingsAreStackedByFormat(int years) {
		TrendRecords records = new TrendRecords(1996, years, 7);
		check(YearBarCharts.meetings(records.meetings(), YearSpan.between(1996, 1995 + years), W), "meetings-" + years,
				"Réunions par année et par format", "En présentiel", "À distance", "Hybride", "1996");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 30 })
	void themesAreAGridOfYears(int years) {
		TrendRecords records = new TrendRecords(1996, years, 7);
		var themes = records.themes();
		int last = 1996 + years - 1;
		check(new ThemeGridDrawing(themes, 1996, last), "themes-" + years, "Thèmes travaillés au fil des années",
				"1996", "séance");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 30 })
	void plannedVersusRealisedShowsSimilarity(int years) {
		TrendRecords records = new TrendRecords(1996, years, 7);
		check(YearBarCharts.plannedVersusRealised(records.plannedVersusRealised(), W), "planned-vs-realised-" + years,
				"Thèmes annoncés et thèmes réalisés", "Similarité", "1997");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 30 })
	void aMetropolisTimeline(int years) {
		TrendRecords records = new TrendRecords(1996, years, 7);
		check(YearBarCharts.timeline(records.timeline(), YearSpan.between(1996, 1995 + years), "Bordeaux", W),
				"metropolis-timeline-" + years, "Bordeaux année par année", "Séances présentées", "1996");
	}

	@ParameterizedTest
	@ValueSource(ints = { 5, 23, 120 })
	void aNetworkIsDrawnWithLabels(int nodes) {
		NetworkView network = TrendRecords.network(nodes, 4, 3);
		check(new NetworkDrawing(network, "Réseau de co-présence des métropoles", "Toutes les années"),
				"copresence-" + nodes, "Réseau de co-présence des métropoles", "Bordeaux", "communauté");
	}

	@Test
	void smallImagesStayReadable() {
		TrendRecords records = new TrendRecords(1996, 30, 7);
		byte[] png = ChartEncoder.png(YearBarCharts.meetings(records.meetings(), YearSpan.between(1996, 2025), 300),
				300, 220);
		ChartImages.assertPng(png, 300, 220, "meetings-30-small");
		byte[] grid = ChartEncoder.png(new ThemeGridDrawing(records.themes(), 1996, 2025), 400, 300);
		ChartImages.assertPng(grid, 400, 300, "themes-30-small");
	}

	@Test
	void anUndocumentedYearKeepsItsPlaceOnTheAxisMarkedNonDocumente() {
		TrendRecords records = new TrendRecords(1996, 5, 7);
		YearSpan span = new YearSpan(List.of(1996, 1997, 1998, 1999, 2000), java.util.Set.of(1998));
		check(YearBarCharts.membership(records.membership().stream().filter((y) -> y.year() != 1998).toList(), span,
				"des agent·es", W), "membership-gap", "1998", "non documenté", "De 1996 à 2000",
				"année non documentée : 1998");
		check(YearBarCharts.meetings(records.meetings().stream().filter((y) -> y.year() != 1998).toList(), span, W),
				"meetings-gap", "1998", "non documenté", "De 1996 à 2000");
		check(new ThemeGridDrawing(records.themes(), 1996, 2000, java.util.Set.of(1998)), "themes-gap", "1998",
				"non documenté");
	}

	@Test
	void aYearKnownOnlyByAProjectShowsItsThemesMarkedAsTheProjects() {
		var project = new fr.metrograph.trends.ThemeTrends.ThemeTrend("panel-citoyen", "Panel citoyen", 2019, 2019, 0,
				List.of(new fr.metrograph.trends.ThemeTrends.ThemeYear(2019, 0, 1, List.of())), List.of(),
				List.of("fiche"));
		var session = new fr.metrograph.trends.ThemeTrends.ThemeTrend("ccspl", "CCSPL", 2022, 2022, 2,
				List.of(new fr.metrograph.trends.ThemeTrends.ThemeYear(2022, 2, 0, List.of("Nantes"))),
				List.of("Nantes"), List.of("cr"));
		check(new ThemeGridDrawing(List.of(project, session), 2019, 2022, java.util.Set.of(2020, 2021)),
				"themes-project", "Panel citoyen", "projet", "Panel citoyen — 2019 : aucune séance ; 1 projet",
				"thème d’un projet de l’année, sans séance", "non documenté");
	}

	@Test
	void anEmptySeriesGivesAReadableNoDataImage() {
		Drawable empty = YearBarCharts.membership(List.of(), YearSpan.between(2020, 2021), "des élu·es", W);
		check(empty, "membership-empty", "Pas de données pour cette période", "Membres du groupe des élu·es");
		check(YearBarCharts.meetings(List.of(), YearSpan.between(2020, 2021), W), "meetings-empty",
				"Pas de données pour cette période");
	}

	@Test
	void theLayoutIsDeterministicAndInsideTheUnitSquare() {
		List<ForceLayout.Edge> edges = List.of(new ForceLayout.Edge(0, 1, 2), new ForceLayout.Edge(1, 2, 1),
				new ForceLayout.Edge(3, 4, 5));
		double[][] first = new ForceLayout(200, 42).layout(6, edges);
		double[][] second = new ForceLayout(200, 42).layout(6, edges);
		assertThat(first).isDeepEqualTo(second);
		for (double[] p : first) {
			assertThat(p[0]).isBetween(0.0, 1.0);
			assertThat(p[1]).isBetween(0.0, 1.0);
		}
		// linked nodes end up closer than the average pair
		double linked = Math.hypot(first[3][0] - first[4][0], first[3][1] - first[4][1]);
		assertThat(linked).isLessThan(0.5);
	}

	@Test
	void theFontShowsFrenchAccents() {
		assertThat(new java.awt.Font(ChartStyle.FAMILY, java.awt.Font.PLAIN, 12).canDisplayUpTo("éèàçÉ")).isEqualTo(-1);
	}

	private static void check(Drawable drawing, String name, String... texts) {
		ChartImages.assertPng(ChartEncoder.png(drawing, W, H), W, H, name);
		ChartImages.assertSvg(ChartEncoder.encode(drawing, ChartFormat.SVG, W, H), name, texts);
	}

}
