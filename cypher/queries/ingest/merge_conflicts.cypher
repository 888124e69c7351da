// What the extractor or the resolver noticed and decided (a year contradicted by the text,
// two spellings merged), kept visible with the evidence that decided it.
// Parameters: $docId (string); $rows: list of {id, type, subject, description, resolution, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (c:Conflict {id: row.id})
SET c.type = row.type, c.subject = row.subject, c.description = row.description,
    c.resolution = row.resolution, c.evidence = row.evidence, c.lines = row.lines, c.extractor = row.extractor, c.confidence = row.confidence, c.source = $docId
MERGE (c)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
