// (:Metropolis|:Organization)-[:PARTICIPATED_IN {as}]->(:Meeting), as attendee, presenter or host.
// CREATE, not MERGE, for the reasons given in merge_attendance; GraphWriter keeps one row per
// body, meeting and role.
// Parameters: $docId (string); $rows: list of {bodyId, meetingId, as, evidence, lines, extractor, confidence}.
// Returns: nothing.
// Rows are grouped by body first: its two look-ups (metropolis or organisation) once per
// body of the batch instead of once per row.
UNWIND $rows AS row
WITH row.bodyId AS bodyId, collect(row) AS bodyRows
OPTIONAL MATCH (m:Metropolis {id: bodyId})
OPTIONAL MATCH (o:Organization {id: bodyId})
WITH coalesce(m, o) AS body, bodyRows
WHERE body IS NOT NULL
UNWIND bodyRows AS row
MATCH (mt:Meeting {id: row.meetingId})
CREATE (body)-[:PARTICIPATED_IN {source: $docId, as: row.as, evidence: row.evidence, lines: row.lines,
  extractor: row.extractor, confidence: row.confidence}]->(mt)
