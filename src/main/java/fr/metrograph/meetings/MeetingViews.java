package fr.metrograph.meetings;

import java.util.List;

/**
 * The answers of the meetings and themes API; field names match the map keys of
 * {@code cypher/queries/meetings/*.cypher}.
 */
final class MeetingViews {

	private MeetingViews() {
	}

	/**
	 * A meeting of a list, or the meetings an annual summary only counts (same passage,
	 * group, year and format: {@code counted}, {@code count} of them,
	 * {@code meetingIds}).
	 */
	record MeetingSummary(String id, String title, String kind, Integer year, String startDate, String endDate,
			String format, String place, String host, String group, String partOf, List<String> themes,
			List<String> presenters, long present, long excused, List<String> sources, boolean counted, int count,
			List<String> meetingIds, String evidence, String lines) {
	}

	record ThemeSummary(String id, String name, long meetings, List<Integer> years, List<String> presenters,
			List<Integer> plannedFor, Integer firstYear, Integer lastYear) {
	}

	/**
	 * One meeting with everything known of it; field names match
	 * {@code meetings/get_meeting.cypher}.
	 */
	record MeetingDetail(String id, String title, String kind, Integer year, String startDate, String endDate,
			String format, String place, Body host, GroupRef group, MeetingRef partOf, List<Session> sessions,
			List<Attendee> attendees, List<Participant> participants, List<ThemeRef> themes, List<Source> sources) {
	}

	/** A metropolis or organisation; {@code label} is its graph label. */
	record Body(String id, String name, String label) {
	}

	record GroupRef(String id, String name) {
	}

	record MeetingRef(String id, String title, Integer year) {
	}

	record ThemeRef(String id, String name) {
	}

	/** A session of the meeting. */
	record Session(String id, String title, String kind, String startDate, List<String> themes,
			List<String> presenters) {
	}

	/** A person at the meeting, with the bodies they are affiliated with. */
	record Attendee(String id, String name, String status, String capacity, List<Body> bodies, String source,
			String evidence, String lines) {
	}

	/** A body that took part ({@code as}: attendee, presenter, host). */
	record Participant(String id, String name, String label, String as, String source, String evidence, String lines) {
	}

	/** A document that mentions the meeting, with the passage. */
	record Source(String documentId, String title, String path, Integer year, String evidence, String lines) {
	}

}
