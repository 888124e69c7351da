package fr.metrograph.ingest.sheets;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import fr.metrograph.ingest.sheets.AttendanceSheetParser.MeetingKey;

/**
 * Matches the meetings a sheet names against the top-level meetings already in the graph
 * (sessions and experience-sharing sessions are never matched), in memory, after one read
 * of the candidates: a meeting of the same year with the same start date first, else one
 * of the same year whose title is the same ignoring case; among several, the smallest id.
 * Cost {@code O(candidates + keys)}, where one look-up per key would cost a read
 * transaction each.
 */
public final class MeetingIndex {

	private final Map<String, TreeSet<String>> byDate = new HashMap<>();

	private final Map<String, TreeSet<String>> byTitle = new HashMap<>();

	/**
	 * Adds a candidate meeting.
	 * @param id its id
	 * @param title its title, or null
	 * @param date its start date, or null
	 * @param year its year
	 */
	public void add(String id, String title, LocalDate date, int year) {
		if (date != null) {
			this.byDate.computeIfAbsent(year + "|" + date, (k) -> new TreeSet<>()).add(id);
		}
		if (title != null) {
			this.byTitle.computeIfAbsent(year + "|" + title.toLowerCase(Locale.ROOT), (k) -> new TreeSet<>()).add(id);
		}
	}

	/** The id of the meeting already in the graph for each key that has one. */
	public Map<MeetingKey, String> find(Collection<MeetingKey> keys) {
		Map<MeetingKey, String> found = new HashMap<>();
		for (MeetingKey key : keys) {
			TreeSet<String> ids = (key.date() != null) ? this.byDate.get(key.year() + "|" + key.date()) : null;
			if (ids == null) {
				ids = this.byTitle.get(key.year() + "|" + key.title().toLowerCase(Locale.ROOT));
			}
			if (ids != null) {
				found.put(key, ids.first());
			}
		}
		return found;
	}

}
