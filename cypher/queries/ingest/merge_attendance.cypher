// (:Person)-[:ATTENDED {status, capacity}]->(:Meeting), one relationship per source and capacity.
// CREATE, not MERGE: a document's facts are written only once it has no relationship left
// (its file's previous version is retracted first, a document with the same text from
// another file is skipped as a duplicate, a switch resumed after a crash retracts what it
// had written), and GraphWriter keeps one row per person, meeting and capacity.
// Parameters: $docId (string); $rows: list of {personId, meetingId, status, capacity, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (mt:Meeting {id: row.meetingId})
CREATE (p)-[:ATTENDED {source: $docId, capacity: row.capacity, status: row.status, evidence: row.evidence,
  lines: row.lines, extractor: row.extractor, confidence: row.confidence}]->(mt)
