package fr.metrograph.meetings;

import java.util.List;

/**
 * The answers of the meetings and themes API; field names match the map keys of
 * {@code cypher/queries/meetings/*.cypher}.
 */
final class MeetingViews {

	private MeetingViews() {
	}

	record MeetingSummary(String id, String title, String kind, Integer year, String startDate, String endDate,
			String format, String place, String host, String group, String partOf, List<String> themes,
			List<String> presenters, long present, long excused, List<String> sources) {
	}

	record ThemeSummary(String id, String name, long meetings, List<Integer> years, List<String> presenters,
			List<Integer> plannedFor, Integer firstYear, Integer lastYear) {
	}

}
