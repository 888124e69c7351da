// (:Organization)-[:PARTNERED {year}]->(:Organization).
// Parameters: $docId (string); $rows: list of {organizationId, partnerId, year, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (o:Organization {id: row.organizationId})
MATCH (p:Organization {id: row.partnerId})
MERGE (o)-[r:PARTNERED {source: $docId}]->(p)
SET r.year = row.year, r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
