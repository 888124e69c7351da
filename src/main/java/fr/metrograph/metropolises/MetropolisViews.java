package fr.metrograph.metropolises;

import java.util.List;

/**
 * The answers of the metropolises API; field names match the map keys of
 * {@code cypher/queries/metropolises/*.cypher}.
 */
final class MetropolisViews {

	private MetropolisViews() {
	}

	record MetropolisSummary(String id, String name, String shortName, String kind, List<Integer> memberYears,
			List<String> groups, long documents, long meetings) {
	}

	record MetropolisDetail(String id, String name, String shortName, String kind, String seat, List<String> aliases,
			Integer population, Integer created, String parent, List<Membership> memberships, List<MeetingRef> meetings,
			List<PersonRef> people, List<StatusRef> statuses, List<Source> sources) {
	}

	record Membership(String group, String groupName, int year, String source, String evidence) {
	}

	record MeetingRef(String id, String title, Integer year, String kind, String as, String source) {
	}

	record PersonRef(String id, String name, List<String> roles) {
	}

	record StatusRef(String status, int year, String source) {
	}

	record Source(String documentId, String title, String path, String evidence, String lines) {
	}

}
