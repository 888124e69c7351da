// (:Metropolis)-[:MEMBER_OF {year}]->(:Group).
// Parameters: $docId (string); $rows: list of {metropolisId, groupId, year, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (m:Metropolis {id: row.metropolisId})
MATCH (g:Group {id: row.groupId})
MERGE (m)-[r:MEMBER_OF {source: $docId, year: row.year}]->(g)
SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
