package fr.metrograph.charts;

import java.util.List;

import org.jfree.chart.ui.Drawable;

import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.trends.MeetingTrends.MeetingYear;
import fr.metrograph.trends.MembershipTrends.MembershipYear;

/** The package-private renderers, for tests of other packages (reports). */
public final class TestDrawings {

	private TestDrawings() {
	}

	private static YearSpan span(List<Integer> years) {
		return years.isEmpty() ? YearSpan.between(2025, 2025) : YearSpan.between(
				years.stream().min(Integer::compare).orElseThrow(), years.stream().max(Integer::compare).orElseThrow());
	}

	public static Drawable network(NetworkView network) {
		return new NetworkDrawing(network, "Réseau de co-présence des métropoles", "Année 2025");
	}

	public static Drawable membership(List<MembershipYear> years) {
		return YearBarCharts.membership(years, span(years.stream().map(MembershipYear::year).toList()), "des agent·es",
				900);
	}

	public static Drawable meetings(List<MeetingYear> years) {
		return YearBarCharts.meetings(years, span(years.stream().map(MeetingYear::year).toList()), 900);
	}

}
