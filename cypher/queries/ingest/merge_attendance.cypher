// (:Person)-[:ATTENDED {status, capacity}]->(:Meeting), one relationship per source and capacity.
// Parameters: $docId (string); $rows: list of {personId, meetingId, status, capacity, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (mt:Meeting {id: row.meetingId})
MERGE (p)-[a:ATTENDED {source: $docId, capacity: row.capacity}]->(mt)
SET a.status = row.status, a.evidence = row.evidence, a.lines = row.lines, a.extractor = row.extractor, a.confidence = row.confidence
