package fr.metrograph.people;

import java.util.List;

/**
 * The answers of the people API; field names match the map keys of
 * {@code cypher/queries/people/*.cypher}.
 */
final class PersonViews {

	private PersonViews() {
	}

	record PersonSummary(String id, String name, List<String> aliases, List<String> affiliations, List<String> roles,
			long documents) {
	}

	record PersonDetail(String id, String name, List<String> aliases, List<RoleHeld> roles,
			List<MeetingAttended> meetings, List<Affiliation> affiliations, List<Source> sources) {
	}

	record RoleHeld(String title, String category, String at, String atName, Integer year, String source,
			String evidence) {
	}

	record MeetingAttended(String id, String title, Integer year, String status, String capacity, String source,
			String evidence) {
	}

	record Affiliation(String id, String name, Integer year, String source) {
	}

	record Source(String documentId, String title, String path, Integer year, String evidence, String lines,
			List<String> variants) {
	}

}
