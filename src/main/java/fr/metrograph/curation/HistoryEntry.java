package fr.metrograph.curation;

import java.util.List;

/**
 * One line of the history: a correction or an upload, in French.
 *
 * @param id the correction's id
 * @param action its action code
 * @param label the action in French ("Fusion de personnes")
 * @param description what it did, in French
 * @param by the author's login
 * @param byName the author's display name
 * @param at when (ISO-8601 UTC)
 * @param why the author's reason
 * @param file the document file it is about, or null
 * @param items the keys of the items it is about (for revisions)
 * @param undoneBy who undid it (display name), or null
 * @param undoneAt when it was undone, or null
 * @param stale whether it is in force but matches nothing in the loaded documents
 * @param undoable whether it can be undone from the history
 */
public record HistoryEntry(String id, String action, String label, String description, String by, String byName,
		String at, String why, String file, List<String> items, String undoneBy, String undoneAt, boolean stale,
		boolean undoable) {
}
