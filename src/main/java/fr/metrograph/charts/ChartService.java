package fr.metrograph.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jfree.chart.ui.Drawable;

import org.springframework.stereotype.Service;

import fr.metrograph.coverage.CoverageService;
import fr.metrograph.coverage.YearCoverage;
import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.VersionedCache;
import fr.metrograph.copresence.CopresenceRequest;
import fr.metrograph.copresence.CopresenceService;
import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.trends.PlannedVersusRealised;
import fr.metrograph.trends.ThemeTrends.ThemeTrend;
import fr.metrograph.trends.ThemeTrends.ThemeYear;
import fr.metrograph.trends.TrendsService;

/**
 * Takes the result records of the trends and co-presence services, keeps the requested
 * years, and hands them to the pure renderers; encodes the drawing as PNG or SVG.
 */
@Service
public class ChartService {

	private final TrendsService trends;

	private final CopresenceService copresence;

	private final CoverageService coverage;

	/**
	 * Encoded charts per request and graph version: drawing and encoding is the cost
	 * (#12).
	 */
	private final VersionedCache<ChartKey, byte[]> cache;

	private record ChartKey(ChartRequest request, ChartOptions options) {
	}

	ChartService(TrendsService trends, CopresenceService copresence, CoverageService coverage, GraphVersion version) {
		this.trends = trends;
		this.copresence = copresence;
		this.coverage = coverage;
		this.cache = new VersionedCache<>(version::current, 256);
	}

	/**
	 * A chart as bytes of the request's format (computed once per request and graph
	 * version; callers must not modify the array).
	 */
	public byte[] render(ChartRequest request, ChartOptions options) {
		return this.cache.get(new ChartKey(request, options), (key) -> ChartEncoder.encode(drawing(request, options),
				request.format(), request.width(), request.height()));
	}

	/**
	 * A chart as a drawing, for reports that embed it as vectors.
	 * @param request the chart, years and size
	 * @param options the chart's own parameters
	 * @return the drawing (a "no data" drawing when the series is empty)
	 */
	public Drawable drawing(ChartRequest request, ChartOptions options) {
		int width = request.width();
		return switch (request.kind()) {
			case MEMBERSHIP -> {
				String group = group(options.group());
				yield YearBarCharts.membership(
						this.trends.membership(group).stream().filter((y) -> request.covers(y.year())).toList(),
						span(request, (y) -> y.membershipOf(group)),
						group.equals("agents") ? "des agent·es" : "des élu·es", width);
			}
			case MEETINGS -> YearBarCharts.meetings(
					this.trends.meetings(null).stream().filter((y) -> request.covers(y.year())).toList(),
					span(request, YearCoverage::meetings), width);
			case THEMES -> themes(request);
			case PLANNED_VS_REALISED -> YearBarCharts
				.plannedVersusRealised(this.trends.plannedVersusRealised(PlannedVersusRealised.DEFAULT_THRESHOLD)
					.stream()
					.filter((o) -> request.covers(o.planned().forYear()))
					.toList(), width);
			case METROPOLIS_TIMELINE -> {
				if (options.id() == null || options.id().isBlank()) {
					throw new InvalidChartRequestException("id", null,
							"Le graphique metropolis-timeline demande l'identifiant d'une métropole (id=bordeaux).");
				}
				yield YearBarCharts.timeline(
						this.trends.timeline(options.id()).stream().filter((y) -> request.covers(y.year())).toList(),
						span(request, YearCoverage::documented), displayName(options.id()), width);
			}
			case COPRESENCE -> copresence(request, options);
		};
	}

	/**
	 * The period a yearly chart of {@code from}–{@code to} shows, in words for a caption:
	 * the years of the range between the first and the last year known ("de 2019 à 2025",
	 * "en 2019").
	 * @param from first year asked for
	 * @param to last year asked for
	 * @return the period, starting with "de" or "en"
	 */
	public String period(int from, int to) {
		List<Integer> years = this.coverage.years()
			.stream()
			.map(YearCoverage::year)
			.filter((y) -> y >= from && y <= to)
			.toList();
		int first = years.isEmpty() ? to : years.get(0);
		int last = years.isEmpty() ? to : years.get(years.size() - 1);
		return (first == last) ? "en " + first : "de " + first + " à " + last;
	}

	/**
	 * The years of the request between the first and the last year known, and those that
	 * are undocumented for what the chart counts.
	 */
	private YearSpan span(ChartRequest request, Predicate<YearCoverage> documented) {
		List<Integer> years = new ArrayList<>();
		Set<Integer> undocumented = new HashSet<>();
		for (YearCoverage year : this.coverage.years()) {
			if (request.covers(year.year())) {
				years.add(year.year());
				if (!documented.test(year)) {
					undocumented.add(year.year());
				}
			}
		}
		return new YearSpan(years, undocumented);
	}

	private Drawable themes(ChartRequest request) {
		List<ThemeTrend> kept = new ArrayList<>();
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		for (ThemeTrend theme : this.trends.themes()) {
			List<ThemeYear> years = theme.years().stream().filter((y) -> request.covers(y.year())).toList();
			if (years.isEmpty()) {
				continue;
			}
			int sessions = years.stream().mapToInt(ThemeYear::sessions).sum();
			int themeFirst = years.stream().mapToInt(ThemeYear::year).min().orElseThrow();
			int themeLast = years.stream().mapToInt(ThemeYear::year).max().orElseThrow();
			kept.add(new ThemeTrend(theme.id(), theme.name(), themeFirst, themeLast, sessions, years,
					theme.presenters(), theme.sources()));
			first = Math.min(first, themeFirst);
			last = Math.max(last, themeLast);
		}
		if (kept.isEmpty()) {
			return new NoDataDrawing("Thèmes travaillés au fil des années", null);
		}
		// Every known year of the range keeps its column; those no document covers for
		// themes are marked.
		YearSpan span = span(request, YearCoverage::themes);
		if (!span.years().isEmpty()) {
			first = Math.min(first, span.years().get(0));
			last = Math.max(last, span.years().get(span.years().size() - 1));
		}
		return new ThemeGridDrawing(kept, first, last, span.undocumented());
	}

	private Drawable copresence(ChartRequest request, ChartOptions options) {
		String network = (options.network() == null) ? "metropolises" : options.network();
		CopresenceRequest parsed = CopresenceRequest.parse(network, request.from(), request.to(), null, options.via(),
				null, options.minWeight(), null);
		NetworkView view = this.copresence.network(parsed);
		boolean people = parsed.network() == CopresenceRequest.Network.PEOPLE;
		String title = "Réseau de co-présence des " + (people ? "personnes" : "métropoles");
		if (view.nodes().isEmpty()) {
			return new NoDataDrawing(title, period(request));
		}
		String subtitle = period(request) + " · " + view.nodes().size() + " nœuds, " + view.edges().size() + " liens, "
				+ view.meetings() + " réunions" + (people ? "" : " · " + via(parsed.via()));
		return new NetworkDrawing(view, title, subtitle);
	}

	private static String via(CopresenceRequest.Via via) {
		return switch (via) {
			case PEOPLE -> "par leurs personnes présentes";
			case PRESENTERS -> "comme présentatrices";
			case BOTH -> "par leurs personnes et comme présentatrices";
		};
	}

	private static String period(ChartRequest request) {
		if (request.from() == null && request.to() == null) {
			return "Toutes les années";
		}
		if (request.from() != null && request.from().equals(request.to())) {
			return "Année " + request.from();
		}
		if (request.from() == null) {
			return "Jusqu'à " + request.to();
		}
		return (request.to() == null) ? "Depuis " + request.from() : "De " + request.from() + " à " + request.to();
	}

	private static String group(String group) {
		if (group == null || group.isBlank()) {
			return "agents";
		}
		if (!group.equals("agents") && !group.equals("elus")) {
			throw new InvalidChartRequestException("group", group, "Le groupe doit être « agents » ou « elus ».");
		}
		return group;
	}

	/** "grenoble-alpes" → "Grenoble-Alpes": the charts see ids only. */
	static String displayName(String id) {
		StringBuilder out = new StringBuilder();
		boolean upper = true;
		for (char c : id.toCharArray()) {
			out.append(upper ? Character.toUpperCase(c) : c);
			upper = c == '-' || c == ' ';
		}
		return out.toString();
	}

}
