package fr.metrograph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.TransactionContext;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.model.DocumentNode;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.RoleFact;

/**
 * Writes one resolved document into the graph inside the caller's transaction: one
 * {@code UNWIND $rows} statement per kind of fact (or, for the benchmark, one statement
 * per fact). Every statement lives in {@code cypher/queries/ingest/}.
 */
public class GraphWriter {

	private static final List<String> QUERIES = List.of("merge_document", "merge_metropolis_mentions",
			"merge_organizations", "merge_groups", "merge_people", "merge_roles", "merge_themes", "merge_meetings",
			"merge_attendance", "merge_participations", "merge_memberships", "merge_planned", "merge_engagements",
			"merge_partnerships", "merge_projects", "merge_statuses", "merge_figures", "merge_conflicts",
			"merge_unresolved", "retract_file", "count_graph");

	private final Map<String, String> statements = new HashMap<>();

	private final boolean batched;

	public GraphWriter(CypherQueries queries, boolean batched) {
		QUERIES.forEach((name) -> this.statements.put(name, queries.get("ingest/" + name)));
		this.batched = batched;
	}

	/**
	 * Removes what every document of a file contributed; returns how many were removed.
	 */
	public int retractFile(TransactionContext tx, String path) {
		return tx.run(this.statements.get("retract_file"), Map.of("path", path)).single().get("documents").asInt();
	}

	/**
	 * Writes one document and its facts.
	 * @param tx the open write transaction
	 * @param document the document node
	 * @param extracted the facts, with people already resolved
	 * @return the number of facts written per kind
	 */
	public Map<String, Integer> write(TransactionContext tx, DocumentNode document, ExtractedDocument extracted) {
		String docId = document.id();
		tx.run(this.statements.get("merge_document"), Map.of("doc", document.properties())).consume();
		Integer year = extracted.year();
		Map<String, Integer> counts = new LinkedHashMap<>();
		write(tx, docId, "merge_metropolis_mentions", "metropolises", extracted.metropolises(),
				(m) -> row(m.evidence(), "id", m.id(), "asWritten", m.asWritten()), counts);
		write(tx, docId, "merge_organizations", "organizations", extracted.organizations(),
				(o) -> row(o.evidence(), "id", o.id(), "name", o.name(), "kind", o.kind()), counts);
		write(tx, docId, "merge_groups", "groups", extracted.groups(),
				(g) -> row(g.evidence(), "id", g.id(), "name", g.name()), counts);
		write(tx, docId, "merge_people", "people", extracted.people(),
				(p) -> row(p.evidence(), "id", p.id(), "name", p.name(), "variants", p.variants(), "keys",
						searchKeys(p), "affiliationId", p.affiliationId(), "year", year),
				counts);
		write(tx, docId, "merge_roles", "roles", extracted.roles(), GraphWriter::roleRow, counts);
		write(tx, docId, "merge_themes", "themes", extracted.themes(),
				(t) -> row(t.evidence(), "id", t.id(), "name", t.name()), counts);
		// Parents before their sessions, so PART_OF finds them in per-fact mode too.
		List<MeetingFact> meetings = new ArrayList<>(extracted.meetings());
		meetings.sort((a, b) -> Boolean.compare(a.partOfId() != null, b.partOfId() != null));
		write(tx, docId, "merge_meetings", "meetings", meetings, GraphWriter::meetingRow, counts);
		write(tx, docId, "merge_attendance", "attendance", extracted.attendance(), GraphWriter::attendanceRow, counts);
		write(tx, docId, "merge_participations", "participations", extracted.participations(),
				(p) -> row(p.evidence(), "bodyId", p.bodyId(), "meetingId", p.meetingId(), "as", p.as()), counts);
		write(tx, docId, "merge_memberships", "memberships", extracted.memberships(),
				(m) -> row(m.evidence(), "metropolisId", m.metropolisId(), "groupId", m.groupId(), "year", m.year()),
				counts);
		write(tx, docId, "merge_planned", "planned", extracted.planned(),
				(p) -> row(p.evidence(), "groupId", p.groupId(), "themeId", p.themeId(), "forYear", p.forYear()),
				counts);
		write(tx, docId, "merge_engagements", "engagements", extracted.engagements(), (e) -> row(e.evidence(),
				"organizationId", e.organizationId(), "metropolisId", e.metropolisId(), "year", e.year()), counts);
		write(tx, docId, "merge_partnerships", "partnerships", extracted.partnerships(), (p) -> row(p.evidence(),
				"organizationId", p.organizationId(), "partnerId", p.partnerId(), "year", p.year()), counts);
		write(tx, docId, "merge_projects", "projects", extracted.projects(),
				(p) -> row(p.evidence(), "id", p.id(), "title", p.title(), "year", p.year(), "clientId", p.clientId(),
						"consultancyId", p.consultancyId(), "partnerIds", p.partnerIds(), "themeIds", p.themeIds(),
						"deliverables", p.deliverables()),
				counts);
		write(tx, docId, "merge_statuses", "statuses", extracted.statuses(), (s) -> row(s.evidence(), "metropolisId",
				s.metropolisId(), "statusId", Ids.legalStatus(s.status()), "status", s.status(), "year", s.year()),
				counts);
		write(tx, docId, "merge_figures", "figures", extracted.figures(),
				(f) -> row(f.evidence(), "id", Ids.figure(docId, f.subject(), f.name(), f.year()), "subject",
						f.subject(), "name", f.name(), "value", f.value(), "year", f.year()),
				counts);
		write(tx, docId, "merge_conflicts", "conflicts", extracted.conflicts(),
				(c) -> row(c.evidence(), "id", Ids.conflict(docId, c.type(), c.subject(), c.evidence().lines()), "type",
						c.type(), "subject", c.subject(), "description", c.description(), "resolution", c.resolution()),
				counts);
		write(tx, docId, "merge_unresolved", "unresolved", extracted.unresolved(),
				(u) -> row(u.evidence(), "id", Ids.unresolved(docId, u.kind(), u.text(), u.evidence().lines()), "text",
						u.text(), "kind", u.kind(), "candidates", u.candidates(), "reason", u.reason()),
				counts);
		return counts;
	}

	/** Node and relationship counts of the whole graph. */
	public long[] countGraph(TransactionContext tx) {
		var record = tx.run(this.statements.get("count_graph")).single();
		return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong() };
	}

	private <T> void write(TransactionContext tx, String docId, String query, String kind, List<T> facts,
			Function<T, Map<String, Object>> toRow, Map<String, Integer> counts) {
		counts.put(kind, facts.size());
		if (facts.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = facts.stream().map(toRow).toList();
		String statement = this.statements.get(query);
		if (this.batched) {
			tx.run(statement, Map.of("docId", docId, "rows", rows)).consume();
		}
		else {
			for (Map<String, Object> row : rows) {
				tx.run(statement, Map.of("docId", docId, "rows", List.of(row))).consume();
			}
		}
	}

	private static List<String> searchKeys(fr.metrograph.ingest.model.Facts.PersonMention person) {
		java.util.Set<String> keys = new java.util.LinkedHashSet<>();
		keys.add(Slugs.fold(person.name()));
		person.variants().forEach((variant) -> keys.add(Slugs.fold(variant)));
		return List.copyOf(keys);
	}

	private static Map<String, Object> attendanceRow(AttendanceFact a) {
		// A programme names speakers without saying they came; an invitee with no stated
		// capacity (an excused elected official) is a participant.
		String status = (a.status() != null) ? a.status().code() : "announced";
		String capacity = (a.capacity() != null) ? a.capacity().code() : Capacity.PARTICIPANT.code();
		return row(a.evidence(), "personId", a.personId(), "meetingId", a.meetingId(), "status", status, "capacity",
				capacity);
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
