// (:Metropolis|:Organization)-[:PARTICIPATED_IN {as}]->(:Meeting), as attendee, presenter or host.
// CREATE, not MERGE, for the reasons given in merge_attendance; GraphWriter keeps one row per
// body, meeting and role.
// Parameters: $docId (string); $rows: list of {bodyId, meetingId, as, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (mt:Meeting {id: row.meetingId})
OPTIONAL MATCH (m:Metropolis {id: row.bodyId})
OPTIONAL MATCH (o:Organization {id: row.bodyId})
WITH mt, row, coalesce(m, o) AS body
WHERE body IS NOT NULL
CREATE (body)-[:PARTICIPATED_IN {source: $docId, as: row.as, evidence: row.evidence, lines: row.lines,
  extractor: row.extractor, confidence: row.confidence}]->(mt)
