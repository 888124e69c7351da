package fr.metrograph.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one document: a {@link Tally} per entity type, what was missed and what
 * was found wrongly (readable, for the per-document report), the year, the people found
 * in a document that names none, and how the matched meetings' details fared.
 *
 * @param gold the expectation
 * @param tallies counts per entity type (communes absent when the expectation does not
 * list them)
 * @param missed per type, the expected entities not found
 * @param spurious per type, the entities found that were not expected
 * @param foundYear the year the extractor gave the document
 * @param foundKind the kind the extractor gave it
 * @param invented the people found in a document whose expectation names none (empty
 * otherwise)
 * @param meetingDetails end dates and formats of the matched meetings
 * @param readError why the file could not be read, or null
 */
public record DocumentScore(GoldDocument gold, Map<EntityType, Tally> tallies, Map<EntityType, List<String>> missed,
		Map<EntityType, List<String>> spurious, Integer foundYear, String foundKind, List<String> invented,
		MeetingDetails meetingDetails, String readError) {

	public DocumentScore {
		tallies = copy(tallies);
		missed = copy(missed);
		spurious = copy(spurious);
		invented = List.copyOf(invented);
	}

	private static <V> Map<EntityType, V> copy(Map<EntityType, V> map) {
		Map<EntityType, V> copy = new EnumMap<>(EntityType.class);
		copy.putAll(map);
		return java.util.Collections.unmodifiableMap(copy);
	}

	/** Whether the extractor found the expected year (both unknown counts as right). */
	public boolean yearRight() {
		return Objects.equals(this.gold.year(), this.foundYear);
	}

	/** Whether the expectation gives the document's kind. */
	public boolean kindChecked() {
		return this.gold.kind() != null;
	}

	/** Whether the extractor gave the expected kind (when the expectation gives one). */
	public boolean kindRight() {
		return kindChecked() && this.gold.kind().equals(this.foundKind);
	}

	/** All types pooled: the document's own micro-average. */
	public Tally overall() {
		return this.tallies.values().stream().reduce(Tally.EMPTY, Tally::plus);
	}

	/**
	 * Details of the meetings: how many of the document's own meetings were found, and
	 * the end dates and formats of the meetings that matched on their start date.
	 *
	 * @param heldExpected the document's own meetings (held, or the meetings it is the
	 * programme of), as opposed to the other dated events it mentions
	 * @param heldFound of those, the ones found
	 * @param endChecked matched meetings whose expectation gives an end date
	 * @param endRight of those, the ones found with that end date (a missing end date
	 * counts as a one-day meeting)
	 * @param formatChecked matched meetings whose expectation gives a format
	 * @param formatRight of those, the ones found with that format
	 */
	public record MeetingDetails(int heldExpected, int heldFound, int endChecked, int endRight, int formatChecked,
			int formatRight) {

		/** No matched meeting. */
		public static final MeetingDetails NONE = new MeetingDetails(0, 0, 0, 0, 0, 0);

		/** The sum of two. */
		public MeetingDetails plus(MeetingDetails other) {
			return new MeetingDetails(this.heldExpected + other.heldExpected, this.heldFound + other.heldFound,
					this.endChecked + other.endChecked, this.endRight + other.endRight,
					this.formatChecked + other.formatChecked, this.formatRight + other.formatRight);
		}

	}

}
