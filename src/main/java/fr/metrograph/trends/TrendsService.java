package fr.metrograph.trends;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import fr.metrograph.graph.GraphVersion;
import fr.metrograph.graph.VersionedCache;
import fr.metrograph.cypher.GraphReads;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.trends.MeetingTrends.MeetingRow;
import fr.metrograph.trends.MeetingTrends.MeetingYear;
import fr.metrograph.trends.MembershipTrends.Member;
import fr.metrograph.trends.MembershipTrends.MembershipYear;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.PlannedVersusRealised.Planned;
import fr.metrograph.trends.PlannedVersusRealised.Realised;
import fr.metrograph.trends.ThemeTrends.ThemeTrend;
import fr.metrograph.trends.ThemeTrends.ThemeYearRow;

/**
 * Reads the series through the named queries in {@code cypher/queries/trends/} and hands
 * them to the calculators.
 */
@Service
public class TrendsService {

	private final GraphReads reads;

	/**
	 * Answers per request and graph version: they are pure functions of the graph, and
	 * the dashboard, charts and reports ask for the same ones over and over (#12).
	 */
	private final VersionedCache<TrendKey, List<?>> cache;

	/** One trend question: which series, for which argument. */
	private record TrendKey(String series, Object argument) {
	}

	TrendsService(GraphReads reads, GraphVersion version) {
		this.reads = reads;
		this.cache = new VersionedCache<>(version::current, 512);
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> cached(String series, Object argument, java.util.function.Supplier<List<T>> compute) {
		return (List<T>) this.cache.get(new TrendKey(series, argument), (key) -> List.copyOf(compute.get()));
	}

	record MembershipRow(int year, List<Member> members) {
	}

	/** A metropolis in one year. */
	public record TimelineYear(int year, List<String> groups, List<String> presented, long meetings,
			List<String> people, List<String> themes) {
	}

	/** Membership per year of one group, or of every group when {@code group} is null. */
	public List<MembershipYear> membership(String group) {
		return cached("membership", group, () -> computeMembership(group));
	}

	private List<MembershipYear> computeMembership(String group) {
		SortedMap<Integer, List<Member>> byYear = new TreeMap<>();
		this.reads.list("trends/membership_by_year", withGroup(group), MembershipRow.class)
			.forEach((row) -> byYear.put(row.year(), row.members()));
		return MembershipTrends.compute(byYear);
	}

	/** Top-level meetings per year and format. */
	public List<MeetingYear> meetings(String group) {
		return cached("meetings", group, () -> MeetingTrends
			.compute(this.reads.list("trends/meetings_by_year", withGroup(group), MeetingRow.class)));
	}

	/** Themes over the years. */
	public List<ThemeTrend> themes() {
		return cached("themes", null,
				() -> ThemeTrends.compute(this.reads.list("trends/themes_by_year", Map.of(), ThemeYearRow.class)));
	}

	/** Each announced theme matched against what the announced year reports. */
	public List<Outcome> plannedVersusRealised(double threshold) {
		return cached("planned-vs-realised", threshold, () -> computePlannedVersusRealised(threshold));
	}

	private List<Outcome> computePlannedVersusRealised(double threshold) {
		List<Planned> planned = this.reads.list("trends/planned_themes", Map.of(), Planned.class);
		List<Realised> realised = this.reads.list("trends/realised_themes", Map.of(), Realised.class);
		return PlannedVersusRealised.match(planned, realised, threshold);
	}

	/** Trend lines of the yearly series of one group (or all). */
	public List<TrendLine> lines(String group) {
		// The inputs are read (and cached) before, not inside, the computation: a cache
		// computation must not touch the same cache (Caffeine forbids recursive updates).
		List<MembershipYear> membership = membership(group);
		List<MeetingYear> meetings = meetings(group);
		List<ThemeTrend> themes = themes();
		return cached("lines", group, () -> computeLines(membership, meetings, themes));
	}

	private static List<TrendLine> computeLines(List<MembershipYear> membership, List<MeetingYear> meetings,
			List<ThemeTrend> themes) {
		Map<String, SortedMap<Integer, Integer>> series = new LinkedHashMap<>();
		for (MembershipYear year : membership) {
			series.computeIfAbsent("membres", (k) -> new TreeMap<>()).put(year.year(), year.members().size());
		}
		for (MeetingYear year : meetings) {
			series.computeIfAbsent("réunions", (k) -> new TreeMap<>()).put(year.year(), year.total());
			series.computeIfAbsent("réunions en présentiel", (k) -> new TreeMap<>()).put(year.year(), year.inPerson());
			series.computeIfAbsent("réunions à distance", (k) -> new TreeMap<>()).put(year.year(), year.remote());
		}
		SortedMap<Integer, Integer> themesPerYear = new TreeMap<>();
		themes.forEach((theme) -> theme.years().forEach((y) -> themesPerYear.merge(y.year(), 1, Integer::sum)));
		series.put("thèmes", themesPerYear);
		return TrendLine.fitAll(series);
	}

	/** One metropolis year by year. */
	public List<TimelineYear> timeline(String metropolisId) {
		return cached("timeline", metropolisId, () -> computeTimeline(metropolisId));
	}

	private List<TimelineYear> computeTimeline(String metropolisId) {
		List<TimelineYear> years = this.reads.list("trends/metropolis_timeline", Map.of("id", metropolisId),
				TimelineYear.class);
		if (years.isEmpty()
				&& this.reads.one("metropolises/metropolis_exists", Map.of("id", metropolisId), Map.class).isEmpty()) {
			throw new EntityNotFoundException("métropole", metropolisId);
		}
		return years;
	}

	private static Map<String, Object> withGroup(String group) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("group", group);
		return parameters;
	}

}
