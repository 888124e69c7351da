// Creates the themes a document names and links them to it.
// Parameters: $docId (string); $rows: list of {id, name, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
  ON CREATE SET t.name = row.name
MERGE (t)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence,
    r.name = row.name
