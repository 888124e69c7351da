// (:Person)-[:ATTENDED {status, capacity}]->(:Meeting), one relationship per source and capacity.
// CREATE, not MERGE: a document's facts are written only once it has no relationship left
// (its file's previous version is retracted first, a document with the same text from
// another file is skipped as a duplicate, a switch resumed after a crash retracts what it
// had written), and GraphWriter keeps one row per person, meeting and capacity.
// Parameters: $docId (string); $rows: list of {personId, meetingId, status, capacity, evidence, lines, extractor, confidence}.
// Returns: nothing.
// Rows are grouped by meeting first: one look-up per meeting of the batch instead of one
// per row.
UNWIND $rows AS row
WITH row.meetingId AS meetingId, collect(row) AS meetingRows
MATCH (mt:Meeting {id: meetingId})
UNWIND meetingRows AS row
MATCH (p:Person {id: row.personId})
CREATE (p)-[:ATTENDED {source: $docId, capacity: row.capacity, status: row.status, evidence: row.evidence,
  lines: row.lines, extractor: row.extractor, confidence: row.confidence}]->(mt)
