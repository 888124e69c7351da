package fr.metrograph.reports;

import java.util.List;

import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.trends.MeetingTrends.MeetingYear;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.ThemeTrends.ThemeTrend;

/**
 * Everything a yearly report says, gathered from the services before any wording.
 *
 * @param year the year
 * @param groups composition of each group
 * @param meetingTotals the year's meetings by format, or null
 * @param meetings the year's meetings, sessions and experience-sharing sessions
 * @param themes themes worked that year (their other years removed)
 * @param previousPlans plans announced for this year, and what became of them
 * @param nextPlans plans announced for next year
 * @param metropolisNetwork the metropolises' co-presence network of the year
 * @param peopleNetwork the people's co-presence network of the year
 * @param people people met that year
 * @param conflicts data-quality notes from the sources
 * @param sources the documents drawn on
 * @param projects the year's projects (consultancies' project sheets)
 */
record YearReport(int year, List<GroupComposition> groups, MeetingYear meetingTotals, List<MeetingLine> meetings,
		List<ThemeTrend> themes, List<Outcome> previousPlans, List<Outcome> nextPlans, NetworkView metropolisNetwork,
		NetworkView peopleNetwork, List<PersonLine> people, List<ConflictLine> conflicts, List<SourceLine> sources,
		List<ProjectLine> projects) {

	/** A project, as {@code reports/projects_of_year} returns it. */
	record ProjectLine(String id, String title, Integer year, List<String> deliverables, List<String> delivered,
			List<String> partners, List<String> metropolises, List<String> themes, List<ProjectSource> sources) {
	}

	/** A document that describes a project. */
	record ProjectSource(String id, String title, String path) {
	}

	/**
	 * A group's members in the year, compared with the previous observed year.
	 *
	 * @param group group id (agents, elus)
	 * @param previousYear year compared with, or null
	 * @param members members' names
	 * @param joined arrivals
	 * @param left departures
	 * @param previousCount members the previous observed year
	 */
	record GroupComposition(String group, Integer previousYear, List<String> members, List<String> joined,
			List<String> left, int previousCount) {
	}

	/**
	 * A meeting as {@code meetings/list_meetings} returns it: one meeting, or the
	 * {@code count} meetings an annual summary only counts in {@code evidence}.
	 */
	record MeetingLine(String id, String title, String kind, Integer year, String startDate, String endDate,
			String format, String place, String host, String group, String partOf, List<String> themes,
			List<String> presenters, long present, long excused, List<String> sources, boolean counted, int count,
			String evidence, String lines) {
	}

	/** A person met, as {@code reports/people_of_year} returns it. */
	record PersonLine(String id, String name, long meetings, List<String> capacities, List<RoleLine> roles) {
	}

	/** A role held. */
	record RoleLine(String title, String category, String at) {
	}

	/** A conflict, as {@code documents/list_conflicts} returns it. */
	record ConflictLine(String id, String type, String subject, String subjectName, String description,
			String resolution, String evidence, String lines, String documentId, String documentTitle, String path) {
	}

	/** A cited document, as {@code reports/sources_of_year} returns it. */
	record SourceLine(String id, String title, String path, Integer part, String kind, Integer year) {
	}

	/** Whether the graph knows anything about the year. */
	boolean hasData() {
		return this.groups.stream().anyMatch((g) -> !g.members().isEmpty()) || !this.meetings.isEmpty()
				|| !this.themes.isEmpty() || !this.projects.isEmpty()
				|| this.sources.stream().anyMatch((s) -> s.year() != null && s.year() == this.year);
	}

}
