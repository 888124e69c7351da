package fr.metrograph.curation;

import java.util.List;

/**
 * Someone changed the item since the client read it (optimistic concurrency): the
 * correction is not recorded; the answer shows what they did and the current revision, so
 * the user decides again knowing it.
 */
public class CorrectionConflictException extends RuntimeException {

	private final String item;

	private final int revision;

	private final List<HistoryEntry> since;

	public CorrectionConflictException(String message, String item, int revision, List<HistoryEntry> since) {
		super(message);
		this.item = item;
		this.revision = revision;
		this.since = List.copyOf(since);
	}

	/** The item's key. */
	public String item() {
		return this.item;
	}

	/** Its current revision. */
	public int revision() {
		return this.revision;
	}

	/** What was done to it, newest first. */
	public List<HistoryEntry> since() {
		return this.since;
	}

}
