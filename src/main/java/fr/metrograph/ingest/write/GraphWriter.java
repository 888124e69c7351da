package fr.metrograph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.model.DocumentNode;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.RoleFact;

/**
 * Turns one resolved document into the ordered {@link WriteStep}s that put it in the
 * graph: one {@code UNWIND $rows} statement of {@code cypher/queries/ingest/} per kind of
 * fact, nodes before the relationships that need them. Rows are built lazily, a batch at
 * a time, so a million-row sheet never exists as a million maps. Writing the steps (in
 * one transaction, or staged and switched in bounded ones) is {@link FileLoader}'s job.
 */
public final class GraphWriter {

	/** Every statement a plan may name, for the loader to fetch once at start-up. */
	static final List<String> STATEMENTS = List.of("merge_document", "merge_metropolis_mentions", "merge_organizations",
			"merge_groups", "merge_people", "merge_roles", "merge_themes", "merge_meetings", "merge_plain_meetings",
			"merge_attendance", "merge_participations", "merge_memberships", "merge_planned", "merge_engagements",
			"merge_partnerships", "merge_projects", "merge_statuses", "merge_figures", "merge_conflicts",
			"merge_unresolved");

	private GraphWriter() {
	}

	/**
	 * The steps that write one document and its facts.
	 * @param document the Document node; the plan adds {@code facts} to its properties,
	 * the number of rows written for it
	 * @param extracted the facts, with people already resolved
	 * @return the steps, in writing order (empty kinds are left out)
	 */
	public static DocumentPlan plan(DocumentNode document, ExtractedDocument extracted) {
		String docId = document.id();
		Integer year = extracted.year();
		Steps steps = new Steps(docId);
		steps.add("merge_metropolis_mentions", "metropolises", extracted.metropolises(),
				(m) -> row(m.evidence(), "id", m.id(), "asWritten", m.asWritten()));
		steps.add("merge_organizations", "organizations", extracted.organizations(),
				(o) -> row(o.evidence(), "id", o.id(), "name", o.name(), "kind", o.kind()));
		steps.add("merge_groups", "groups", extracted.groups(),
				(g) -> row(g.evidence(), "id", g.id(), "name", g.name()));
		steps.add("merge_people", "people", extracted.people(), (p) -> {
			List<String> keys = searchKeys(p);
			return row(p.evidence(), "id", p.id(), "name", p.name(), "variants", p.variants(), "keys", keys, "aliases",
					sortedDistinct(p.variants()), "searchKeys", sortedDistinct(keys), "affiliationId",
					p.affiliationId(), "year", year);
		});
		steps.add("merge_roles", "roles", extracted.roles(), GraphWriter::roleRow);
		steps.add("merge_themes", "themes", extracted.themes(),
				(t) -> row(t.evidence(), "id", t.id(), "name", t.name()));
		// Parents before their sessions, so PART_OF finds them even across batches.
		List<MeetingFact> meetings = new ArrayList<>(extracted.meetings());
		meetings.sort((a, b) -> Boolean.compare(a.partOfId() != null, b.partOfId() != null));
		// A sheet's meetings have no host, group, parent or theme: the statement without
		// the subqueries that would look for them.
		boolean plain = meetings.stream()
			.allMatch((m) -> m.hostId() == null && m.partOfId() == null && m.groupId() == null
					&& (m.themeIds() == null || m.themeIds().isEmpty()));
		steps.add(plain ? "merge_plain_meetings" : "merge_meetings", "meetings", meetings, GraphWriter::meetingRow);
		// CREATE statements: one row per relationship (the last one stated
		// wins, as it did with MERGE and SET).
		steps.add("merge_attendance", "attendance", extracted.attendance().size(),
				lastPerKey(extracted.attendance(), (a) -> a.personId() + "|" + a.meetingId() + "|" + capacity(a)),
				GraphWriter::attendanceRow);
		steps.add("merge_participations", "participations", extracted.participations().size(),
				lastPerKey(extracted.participations(), (p) -> p.bodyId() + "|" + p.meetingId() + "|" + p.as()),
				(p) -> row(p.evidence(), "bodyId", p.bodyId(), "meetingId", p.meetingId(), "as", p.as()));
		steps.add("merge_memberships", "memberships", extracted.memberships(),
				(m) -> row(m.evidence(), "metropolisId", m.metropolisId(), "groupId", m.groupId(), "year", m.year()));
		steps.add("merge_planned", "planned", extracted.planned(),
				(p) -> row(p.evidence(), "groupId", p.groupId(), "themeId", p.themeId(), "forYear", p.forYear()));
		steps.add("merge_engagements", "engagements", extracted.engagements(), (e) -> row(e.evidence(),
				"organizationId", e.organizationId(), "metropolisId", e.metropolisId(), "year", e.year()));
		steps.add("merge_partnerships", "partnerships", extracted.partnerships(), (p) -> row(p.evidence(),
				"organizationId", p.organizationId(), "partnerId", p.partnerId(), "year", p.year()));
		steps.add("merge_projects", "projects", extracted.projects(),
				(p) -> row(p.evidence(), "id", p.id(), "title", p.title(), "year", p.year(), "clientId", p.clientId(),
						"consultancyId", p.consultancyId(), "partnerIds", p.partnerIds(), "themeIds", p.themeIds(),
						"deliverables", p.deliverables()));
		steps.add("merge_statuses", "statuses", extracted.statuses(), (s) -> row(s.evidence(), "metropolisId",
				s.metropolisId(), "statusId", Ids.legalStatus(s.status()), "status", s.status(), "year", s.year()));
		steps.add("merge_figures", "figures", extracted.figures(),
				(f) -> row(f.evidence(), "id", Ids.figure(docId, f.subject(), f.name(), f.year()), "subject",
						f.subject(), "name", f.name(), "value", f.value(), "year", f.year()));
		steps.add("merge_conflicts", "conflicts", extracted.conflicts(),
				(c) -> row(c.evidence(), "id", Ids.conflict(docId, c.type(), c.subject(), c.evidence().lines()), "type",
						c.type(), "subject", c.subject(), "description", c.description(), "resolution",
						c.resolution()));
		steps.add("merge_unresolved", "unresolved", extracted.unresolved(),
				(u) -> row(u.evidence(), "id", Ids.unresolved(docId, u.kind(), u.text(), u.evidence().lines()), "text",
						u.text(), "kind", u.kind(), "candidates", u.candidates(), "reason", u.reason()));
		Map<String, Object> node = document.properties();
		node.put("facts", steps.rows);
		// The document node first: every other statement matches it.
		steps.list.add(0, new WriteStep("merge_document", docId, 1, (i) -> node));
		return new DocumentPlan(docId, List.copyOf(steps.list), steps.counts);
	}

	/**
	 * The steps of one document, and the number of facts per kind for its outcome.
	 *
	 * @param docId the Document id
	 * @param steps in writing order, the document node first
	 * @param counts facts per kind (every kind, zero included)
	 */
	public record DocumentPlan(String docId, List<WriteStep> steps, Map<String, Integer> counts) {

		/** Rows written for this document, its own node included. */
		public long rows() {
			return this.steps.stream().mapToLong(WriteStep::size).sum();
		}

	}

	private static final class Steps {

		final String docId;

		final List<WriteStep> list = new ArrayList<>();

		final Map<String, Integer> counts = new LinkedHashMap<>();

		long rows;

		Steps(String docId) {
			this.docId = docId;
		}

		<T> void add(String statement, String kind, List<T> facts, Function<T, Map<String, Object>> toRow) {
			add(statement, kind, facts.size(), facts, toRow);
		}

		/** {@code stated} facts of this kind, written as {@code facts}. */
		<T> void add(String statement, String kind, int stated, List<T> facts, Function<T, Map<String, Object>> toRow) {
			this.counts.put(kind, stated);
			if (!facts.isEmpty()) {
				this.list.add(new WriteStep(statement, this.docId, facts.size(), (i) -> toRow.apply(facts.get(i))));
				this.rows += facts.size();
			}
		}

	}

	private static List<String> searchKeys(PersonMention person) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(Slugs.fold(person.name()));
		person.variants().forEach((variant) -> keys.add(Slugs.fold(variant)));
		return List.copyOf(keys);
	}

	/**
	 * A new person's aliases or search keys, as {@code merge_people} would merge them
	 * into empty lists: without nulls or duplicates, in order. Null (the statement merges
	 * them itself) when a value has a character outside the Basic Multilingual Plane:
	 * Neo4j orders such strings by UTF-16 units or by code points depending on how it
	 * holds them; without one, the two orders and {@code String.compareTo} agree.
	 */
	static List<String> sortedDistinct(List<String> values) {
		if (values == null) {
			return List.of();
		}
		List<String> sorted = values.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
		return sorted.stream().allMatch((v) -> v.chars().noneMatch((c) -> Character.isSurrogate((char) c))) ? sorted
				: null;
	}

	/**
	 * One fact per key, the last one stated (in the place of the first), for statements
	 * that CREATE one relationship per row.
	 */
	static <T> List<T> lastPerKey(List<T> facts, Function<T, String> key) {
		Map<String, T> last = LinkedHashMap.newLinkedHashMap(facts.size());
		facts.forEach((fact) -> last.put(key.apply(fact), fact));
		return (last.size() == facts.size()) ? facts : List.copyOf(last.values());
	}

	private static Map<String, Object> attendanceRow(AttendanceFact a) {
		// A programme names speakers without saying they came.
		String status = (a.status() != null) ? a.status().code() : "announced";
		return row(a.evidence(), "personId", a.personId(), "meetingId", a.meetingId(), "status", status, "capacity",
				capacity(a));
	}

	/**
	 * An invitee with no stated capacity (an excused elected official) is a participant.
	 */
	private static String capacity(AttendanceFact a) {
		return (a.capacity() != null) ? a.capacity().code() : Capacity.PARTICIPANT.code();
	}

	private static Map<String, Object> roleRow(RoleFact role) {
		String roleId = Ids.role(role.title(), role.atId());
		return row(role.evidence(), "personId", role.personId(), "roleId", roleId, "title", role.title(), "category",
				role.category().code(), "atId", role.atId(), "year", role.year());
	}

	private static Map<String, Object> meetingRow(MeetingFact m) {
		return row(m.evidence(), "id", m.id(), "title", m.title(), "startDate", m.startDate(), "endDate", m.endDate(),
				"year", m.year(), "format", m.format().name(), "place", m.place(), "kind", m.kind(), "hostId",
				m.hostId(), "partOfId", m.partOfId(), "groupId", m.groupId(), "themeIds", m.themeIds());
	}

	private static Map<String, Object> row(Evidence evidence, Object... keyValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			row.put((String) keyValues[i], keyValues[i + 1]);
		}
		row.put("evidence", evidence.text());
		row.put("lines", evidence.lines());
		row.put("extractor", evidence.extractor());
		row.put("confidence", evidence.confidence());
		return row;
	}

}
