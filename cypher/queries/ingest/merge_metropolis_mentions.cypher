// Links the metropolises a document names as bodies to it, with the quoted passage.
// Parameters: $docId (string); $rows: list of {id, asWritten, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (m:Metropolis {id: row.id})
  ON CREATE SET m.name = row.asWritten, m.shortName = row.asWritten, m.aliases = []
MERGE (m)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence, r.asWritten = []
SET r.asWritten = CASE WHEN row.asWritten IN r.asWritten THEN r.asWritten ELSE r.asWritten + row.asWritten END
