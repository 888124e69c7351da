// (:Group)-[:PLANNED {forYear}]->(:Theme): themes announced for a coming year.
// Parameters: $docId (string); $rows: list of {groupId, themeId, forYear, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (g:Group {id: row.groupId})
MATCH (t:Theme {id: row.themeId})
MERGE (g)-[r:PLANNED {source: $docId, forYear: row.forYear}]->(t)
SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
