package fr.metrograph.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Themes over the years: per theme, the sessions about it and their presenters each year,
 * the projects of each year about it (a project sheet documents a year's themes without
 * any meeting), the first and last year it was seen, and the documents that report it.
 * Cost O(n).
 */
public final class ThemeTrends {

	private ThemeTrends() {
	}

	/** One (theme, year) as read from the graph. */
	public record ThemeYearRow(String themeId, String theme, int year, int sessions, int projects,
			List<String> presenters, List<String> sources) {
	}

	/**
	 * A theme in one year.
	 *
	 * @param year the year
	 * @param sessions meetings about it that year
	 * @param projects projects of that year about it
	 * @param presenters who presented its sessions
	 */
	public record ThemeYear(int year, int sessions, int projects, List<String> presenters) {
	}

	/**
	 * A theme over the years.
	 *
	 * @param id theme id
	 * @param name theme label
	 * @param firstYear first year seen
	 * @param lastYear last year seen
	 * @param sessions sessions about it, all years (projects are not sessions)
	 * @param years per year
	 * @param presenters everyone who presented it
	 * @param sources supporting document ids
	 */
	public record ThemeTrend(String id, String name, int firstYear, int lastYear, int sessions, List<ThemeYear> years,
			List<String> presenters, List<String> sources) {
	}

	/** Rows must be ordered by theme then year, as the named query returns them. */
	public static List<ThemeTrend> compute(List<ThemeYearRow> rows) {
		Map<String, List<ThemeYearRow>> byTheme = new LinkedHashMap<>();
		rows.forEach((r) -> byTheme.computeIfAbsent(r.themeId(), (k) -> new ArrayList<>()).add(r));
		List<ThemeTrend> trends = new ArrayList<>();
		byTheme.forEach((id, themeRows) -> {
			List<ThemeYear> years = new ArrayList<>();
			Set<String> presenters = new LinkedHashSet<>();
			Set<String> sources = new LinkedHashSet<>();
			int first = Integer.MAX_VALUE;
			int last = Integer.MIN_VALUE;
			int sessions = 0;
			for (ThemeYearRow r : themeRows) {
				years.add(new ThemeYear(r.year(), r.sessions(), r.projects(), r.presenters()));
				presenters.addAll(r.presenters());
				sources.addAll(r.sources());
				first = Math.min(first, r.year());
				last = Math.max(last, r.year());
				sessions += r.sessions();
			}
			trends.add(new ThemeTrend(id, themeRows.get(0).theme(), first, last, sessions, years,
					List.copyOf(presenters), List.copyOf(sources)));
		});
		return trends;
	}

}
