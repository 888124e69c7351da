package fr.metrograph.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.VersionedCache;
import fr.metrograph.charts.ChartFormat;
import fr.metrograph.charts.ChartKind;
import fr.metrograph.charts.ChartOptions;
import fr.metrograph.charts.ChartRequest;
import fr.metrograph.charts.ChartService;
import fr.metrograph.copresence.CopresenceRequest;
import fr.metrograph.copresence.CopresenceService;
import fr.metrograph.cypher.GraphReads;
import fr.metrograph.reports.ReportContent.Figure;
import fr.metrograph.reports.YearReport.ConflictLine;
import fr.metrograph.reports.YearReport.GroupComposition;
import fr.metrograph.reports.YearReport.MeetingLine;
import fr.metrograph.reports.YearReport.PersonLine;
import fr.metrograph.reports.YearReport.ProjectLine;
import fr.metrograph.reports.YearReport.SourceLine;
import fr.metrograph.trends.MembershipTrends.Member;
import fr.metrograph.trends.MembershipTrends.MembershipYear;
import fr.metrograph.trends.PlannedVersusRealised;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.ThemeTrends.ThemeTrend;
import fr.metrograph.trends.TrendsService;

/**
 * Builds the yearly report: gathers the year from the trends and co-presence services and
 * the report queries, words it ({@link ReportComposer}) and writes it as PDF or HTML.
 */
@Service
public class ReportService {

	private static final Logger log = LoggerFactory.getLogger(ReportService.class);

	private static final List<String> GROUPS = List.of("agents", "elus");

	private final TrendsService trends;

	private final CopresenceService copresence;

	private final ChartService charts;

	private final GraphReads reads;

	/**
	 * Written reports per year, format and graph version: the slowest page of the
	 * dashboard (#12).
	 */
	private final VersionedCache<ReportKey, byte[]> cache;

	private record ReportKey(int year, ReportFormat format) {
	}

	ReportService(TrendsService trends, CopresenceService copresence, ChartService charts, GraphReads reads,
			GraphVersion version) {
		this.trends = trends;
		this.copresence = copresence;
		this.charts = charts;
		this.reads = reads;
		this.cache = new VersionedCache<>(version::current, 32);
	}

	/**
	 * The report of a year in a format.
	 * @param year the year
	 * @param format PDF or HTML
	 * @return the file's bytes
	 * @throws NoDataForYearException when the graph knows nothing of the year
	 */
	public byte[] render(int year, ReportFormat format) {
		return this.cache.get(new ReportKey(year, format), (key) -> write(year, format));
	}

	private byte[] write(int year, ReportFormat format) {
		ReportContent content = content(year);
		byte[] bytes = (format == ReportFormat.PDF) ? PdfReportWriter.write(content) : HtmlReportWriter.write(content);
		log.info("Report {} written as {}: {} sections, {} bytes", year, format, content.sections().size(),
				bytes.length);
		return bytes;
	}

	/** The report of a year, worded but not yet written. */
	ReportContent content(int year) {
		if (year < 1900 || year > 2100) {
			throw new IllegalArgumentException("L'année (" + year + ") doit être comprise entre 1900 et 2100.");
		}
		YearReport report = gather(year);
		if (!report.hasData()) {
			throw new NoDataForYearException(year);
		}
		return new ReportComposer(report, figures(year)).compose();
	}

	YearReport gather(int year) {
		List<GroupComposition> groups = new ArrayList<>();
		for (String group : GROUPS) {
			this.trends.membership(group)
				.stream()
				.filter((y) -> y.year() == year)
				.findFirst()
				.ifPresent((y) -> groups.add(composition(group, y)));
		}
		var totals = this.trends.meetings(null).stream().filter((m) -> m.year() == year).findFirst().orElse(null);
		List<MeetingLine> meetings = this.reads.list("meetings/list_meetings", withYear(year), MeetingLine.class);
		// The year's sessions per theme; its projects' themes are shown with the
		// projects.
		List<ThemeTrend> themes = this.trends.themes()
			.stream()
			.filter((t) -> t.years().stream().anyMatch((y) -> y.year() == year && y.sessions() > 0))
			.map((t) -> {
				var years = t.years().stream().filter((y) -> y.year() == year).toList();
				return new ThemeTrend(t.id(), t.name(), t.firstYear(), t.lastYear(), years.get(0).sessions(), years,
						years.get(0).presenters(), t.sources());
			})
			.toList();
		List<Outcome> outcomes = this.trends.plannedVersusRealised(PlannedVersusRealised.DEFAULT_THRESHOLD);
		List<SourceLine> sources = this.reads.list("reports/sources_of_year", withYear(year), SourceLine.class);
		Set<String> sourceIds = sources.stream().map(SourceLine::id).collect(Collectors.toSet());
		List<ConflictLine> conflicts = this.reads.list("documents/list_conflicts", Map.of(), ConflictLine.class)
			.stream()
			.filter((c) -> sourceIds.contains(c.documentId()))
			.toList();
		return new YearReport(year, groups, totals, meetings, themes,
				outcomes.stream().filter((o) -> o.planned().forYear() == year).toList(),
				outcomes.stream().filter((o) -> o.planned().forYear() == year + 1).toList(),
				this.copresence.network(network("metropolises", year)),
				this.copresence.network(network("people", year)),
				this.reads.list("reports/people_of_year", withYear(year), PersonLine.class), conflicts, sources,
				this.reads.list("reports/projects_of_year", withYear(year), ProjectLine.class));
	}

	private Map<String, Figure> figures(int year) {
		Map<String, Figure> figures = new HashMap<>();
		ChartRequest network = new ChartRequest(ChartKind.COPRESENCE, ChartFormat.SVG, year, year, 900, 620);
		figures.put(ReportComposer.NETWORK, new Figure(
				"Réseau de co-présence des métropoles en " + year
						+ " (par leurs personnes présentes et comme présentatrices)",
				this.charts.drawing(network, new ChartOptions(null, null, "metropolises", "both", null)), 900, 620));
		ChartRequest members = new ChartRequest(ChartKind.MEMBERSHIP, ChartFormat.SVG, year - 5, year, 900, 480);
		figures.put(ReportComposer.MEMBERSHIP,
				new Figure("Membres du groupe des agent·es, arrivées et départs, " + this.charts.period(year - 5, year),
						this.charts.drawing(members, ChartOptions.NONE), 900, 480));
		ChartRequest meetings = new ChartRequest(ChartKind.MEETINGS, ChartFormat.SVG, year - 5, year, 900, 480);
		figures.put(ReportComposer.MEETINGS, new Figure("Réunions par format, " + this.charts.period(year - 5, year),
				this.charts.drawing(meetings, ChartOptions.NONE), 900, 480));
		return figures;
	}

	private static GroupComposition composition(String group, MembershipYear y) {
		int previousCount = y.members().size() - y.joined().size() + y.left().size();
		return new GroupComposition(group, y.previousYear(), names(y.members()),
				(y.previousYear() == null) ? List.of() : names(y.joined()), names(y.left()), previousCount);
	}

	private static List<String> names(List<Member> members) {
		return members.stream().map(Member::name).toList();
	}

	private static CopresenceRequest network(String network, int year) {
		return CopresenceRequest.parse(network, year, year, null, network.equals("people") ? null : "both", null, null,
				null);
	}

	private static Map<String, Object> withYear(int year) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("year", year);
		return parameters;
	}

}
