// Recomputes the properties documents state about nodes from every document that still
// mentions them, by the merge rule of cypher/README.md ("Same documents, same graph"), so
// that the graph does not depend on the order files were loaded or retracted in. Each
// document's own values are on its MENTIONED_IN relationship; for each property the first
// source that states a value wins, sources ranked by:
//   1. a curator's correction (MENTIONED_IN with extractor 'curation') before any document;
//   2. the more specific kind of document: meeting_report and deliberation, attendance_sheet,
//      project_sheet, prose, annual_summary, then any other kind;
//   3. the more recent document (Document.year, unknown last);
//   4. the smaller Document.id.
// Reference nodes (reference: true: metropolises and organisations of data/reference) keep
// their reference values. Person aliases and search keys are every spelling from every
// source, sorted.
// Parameters: $path (string: the file just loaded or retracted; the nodes its documents
//   mention now are recomputed); $ids (element ids from ingest/nodes_mentioned_by_file,
//   taken before the file's previous version was retracted; those still there are recomputed).
// Returns: nodes (number of nodes recomputed).
CALL () {
  MATCH (:Document {path: $path})<-[:MENTIONED_IN]-(n)
  RETURN n, false AS before
  UNION
  UNWIND $ids AS eid
  MATCH (n)
  WHERE elementId(n) = eid
  RETURN n, true AS before
}
WITH n, true IN collect(before) AS before
WHERE coalesce(n.reference, false) = false AND NOT n:Document
// A person only one document mentions, whom the file's previous version did not mention, was
// created by that document's merge_people (one row per person: PeopleRewriter merges a
// document's mentions of one person) with exactly the values computed below: skipped (most
// of an attendance sheet's people).
  AND (before OR NOT n:Person OR COUNT { (n)-[:MENTIONED_IN]->() } > 1)
CALL (n) {
  MATCH (n)-[c:MENTIONED_IN]->(d:Document)
  WITH c, d
  ORDER BY CASE WHEN c.extractor = 'curation' THEN 0 ELSE 1 END,
    CASE d.kind
      WHEN 'meeting_report' THEN 0 WHEN 'deliberation' THEN 0 WHEN 'attendance_sheet' THEN 1 WHEN 'project_sheet' THEN 2
      WHEN 'prose' THEN 3 WHEN 'annual_summary' THEN 4 ELSE 5
    END,
    coalesce(d.year, -1) DESC, d.id
  RETURN collect(c) AS claims
}
WITH n, claims
WHERE size(claims) > 0
CALL (n, claims) {
  WITH n, claims
  WHERE n:Meeting
  SET n.title = head([c IN claims WHERE c.title IS NOT NULL | c.title]),
    n.startDate = head([c IN claims WHERE c.startDate IS NOT NULL | c.startDate]),
    n.endDate = head([c IN claims WHERE c.endDate IS NOT NULL | c.endDate]),
    n.year = head([c IN claims WHERE c.year IS NOT NULL | c.year]),
    n.format = coalesce(head([c IN claims WHERE c.format IS NOT NULL AND c.format <> 'UNKNOWN' | c.format]),
      head([c IN claims WHERE c.format IS NOT NULL | c.format])),
    n.place = head([c IN claims WHERE c.place IS NOT NULL | c.place]),
    n.kind = head([c IN claims WHERE c.kind IS NOT NULL | c.kind])
}
CALL (n, claims) {
  WITH n, claims
  WHERE n:Person
  CALL (claims) {
    UNWIND claims AS c
    UNWIND coalesce(c.variants, []) AS variant
    WITH DISTINCT variant
    ORDER BY variant
    RETURN collect(variant) AS aliases
  }
  CALL (claims) {
    UNWIND claims AS c
    UNWIND coalesce(c.keys, []) AS key
    WITH DISTINCT key
    ORDER BY key
    RETURN collect(key) AS keys
  }
  SET n.name = coalesce(head([c IN claims WHERE c.name IS NOT NULL | c.name]), n.name), n.aliases = aliases,
    n.searchKeys = keys
}
CALL (n, claims) {
  WITH n, claims
  WHERE n:Metropolis
  WITH n, head([c IN claims WHERE size(coalesce(c.asWritten, [])) > 0 | c.asWritten[0]]) AS name
  WHERE name IS NOT NULL
  SET n.name = name, n.shortName = name
}
CALL (n, claims) {
  WITH n, claims
  WHERE n:Organization
  SET n.name = coalesce(head([c IN claims WHERE c.name IS NOT NULL | c.name]), n.name),
    n.kind = coalesce(head([c IN claims WHERE c.kind IS NOT NULL | c.kind]), n.kind)
}
CALL (n, claims) {
  WITH n, claims
  WHERE n:Theme OR n:Group OR n:LegalStatus
  SET n.name = coalesce(head([c IN claims WHERE c.name IS NOT NULL | c.name]), n.name)
}
CALL (n, claims) {
  WITH n, claims
  WHERE n:Role
  SET n.title = coalesce(head([c IN claims WHERE c.title IS NOT NULL | c.title]), n.title),
    n.category = coalesce(head([c IN claims WHERE c.category IS NOT NULL | c.category]), n.category)
}
CALL (n, claims) {
  WITH n, claims
  WHERE n:Project
  SET n.title = coalesce(head([c IN claims WHERE c.title IS NOT NULL | c.title]), n.title),
    n.year = head([c IN claims WHERE c.year IS NOT NULL | c.year]),
    n.deliverables = head([c IN claims WHERE c.deliverables IS NOT NULL | c.deliverables])
}
RETURN count(n) AS nodes
