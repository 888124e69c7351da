// Numbers a document states that no node counts ("Cinq séances de travail"): (:StatedFigure)-[:MENTIONED_IN]->(:Document).
// Parameters: $docId (string); $rows: list of {id, subject, name, value, year, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (f:StatedFigure {id: row.id})
SET f.subject = row.subject, f.name = row.name, f.value = row.value, f.year = row.year
MERGE (f)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
