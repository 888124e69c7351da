package fr.metrograph.trends;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Meetings per year by format (IN_PERSON, REMOTE, HYBRID, UNKNOWN), the places of the
 * year and the number of distinct people present (summed over meetings: a person at two
 * meetings counts twice, as attendance does). Years with no meeting are absent. Cost
 * O(n).
 */
public final class MeetingTrends {

	private MeetingTrends() {
	}

	/** One meeting as read from the graph. */
	public record MeetingRow(String id, int year, String format, String place, long attendees) {
	}

	/**
	 * One year of meetings.
	 *
	 * @param year the year
	 * @param inPerson meetings in person
	 * @param remote remote meetings
	 * @param hybrid hybrid meetings
	 * @param unknown meetings of unknown format
	 * @param total all meetings
	 * @param places the places named, in first-seen order
	 * @param attendance people present, summed over the year's meetings
	 */
	public record MeetingYear(int year, int inPerson, int remote, int hybrid, int unknown, int total,
			List<String> places, long attendance) {
	}

	public static List<MeetingYear> compute(List<MeetingRow> meetings) {
		Map<Integer, List<MeetingRow>> byYear = new TreeMap<>();
		meetings.forEach((m) -> byYear.computeIfAbsent(m.year(), (y) -> new ArrayList<>()).add(m));
		List<MeetingYear> years = new ArrayList<>();
		byYear.forEach((year, rows) -> {
			int[] counts = new int[4];
			Set<String> places = new LinkedHashSet<>();
			long attendance = 0;
			for (MeetingRow row : rows) {
				String format = (row.format() != null) ? row.format() : "UNKNOWN";
				switch (format) {
					case "IN_PERSON" -> counts[0]++;
					case "REMOTE" -> counts[1]++;
					case "HYBRID" -> counts[2]++;
					default -> counts[3]++;
				}
				if (row.place() != null && !row.place().isBlank()) {
					places.add(row.place());
				}
				attendance += row.attendees();
			}
			years.add(new MeetingYear(year, counts[0], counts[1], counts[2], counts[3], rows.size(),
					List.copyOf(places), attendance));
		});
		return years;
	}

}
