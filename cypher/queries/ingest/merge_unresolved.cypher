// Mentions the extractor could not attach to one entity without guessing ("la Métropole"
// in a document about several, "Mme Lefebvre" with two Lefebvre): kept visible for review.
// Parameters: $docId (string); $rows: list of {id, text, kind, candidates, reason, evidence, lines,
//   extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (u:UnresolvedMention {id: row.id})
SET u.text = row.text, u.kind = row.kind, u.candidates = row.candidates, u.reason = row.reason
MERGE (u)-[r:MENTIONED_IN]->(d)
SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
