package fr.metrograph.curation;

import java.util.List;

/**
 * A correction as the dashboard or an API client sends it: the {@code action} and the
 * fields it needs (see {@link fr.metrograph.ingest.resolve.Correction}), the reason, and
 * the revision of the item the client saw (optimistic concurrency: when someone changed
 * the item since, the answer is 409 with what they did; without a revision, the
 * correction is recorded after theirs).
 *
 * @param action merge-people, split-person, alias-person, rename-person, keep-apart,
 * reject-fact, accept-fact, correct-value, document-year, attach-mention,
 * rename-metropolis, alias-metropolis, accept-conflict
 * @param person the person (kept, renamed, split, aliased)
 * @param others merge: ids of the people merged into {@code person}
 * @param name merge, rename, split: display name
 * @param spellings split: the spellings that are another person; alias: the new spelling;
 * keep-apart: the names
 * @param fact the fact's identity
 * @param file the document file (path as stored) the correction is limited to
 * @param part document-year: 1-based document in the file
 * @param field correct-value: year, date, role, metropolis, status, capacity, as, title,
 * format, place
 * @param value correct-value, document-year: the new value
 * @param mention attach: the unresolved text
 * @param kind attach: metropolis, person or organization
 * @param entity attach: the entity's id
 * @param metropolis rename-metropolis, alias-metropolis: its id
 * @param conflict accept-conflict: {@code type|subject}
 * @param why the reason, in French
 * @param revision the revision of the item the client saw, or null
 * @param items the keys of the item the client acted on (as the review queue gives them),
 * whose revisions add up to {@code revision}; default: the correction's own
 */
public record CorrectionRequest(String action, String person, List<String> others, String name, List<String> spellings,
		String fact, String file, Integer part, String field, String value, String mention, String kind, String entity,
		String metropolis, String conflict, String why, Integer revision, List<String> items) {

	public CorrectionRequest {
		items = (items != null) ? List.copyOf(items) : List.of();
		others = (others != null) ? List.copyOf(others) : List.of();
		spellings = (spellings != null) ? List.copyOf(spellings) : List.of();
	}

}
