// (:Metropolis|:Organization)-[:PARTICIPATED_IN {as}]->(:Meeting), as attendee, presenter or host.
// Parameters: $docId (string); $rows: list of {bodyId, meetingId, as, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (mt:Meeting {id: row.meetingId})
OPTIONAL MATCH (m:Metropolis {id: row.bodyId})
OPTIONAL MATCH (o:Organization {id: row.bodyId})
WITH mt, row, coalesce(m, o) AS body
WHERE body IS NOT NULL
MERGE (body)-[p:PARTICIPATED_IN {source: $docId, as: row.as}]->(mt)
SET p.evidence = row.evidence, p.lines = row.lines, p.extractor = row.extractor, p.confidence = row.confidence
