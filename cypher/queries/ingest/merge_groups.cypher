// Creates the network's groups a document is about and links them to it.
// Parameters: $docId (string); $rows: list of {id, name, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (g:Group {id: row.id})
  ON CREATE SET g.name = row.name
MERGE (g)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence,
    r.name = row.name
