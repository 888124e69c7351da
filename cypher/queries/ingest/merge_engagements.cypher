// (:Organization)-[:ACCOMPANIED {year}]->(:Metropolis): a consultancy accompanying a metropolis.
// Parameters: $docId (string); $rows: list of {organizationId, metropolisId, year, evidence, lines, extractor, confidence}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (o:Organization {id: row.organizationId})
MATCH (m:Metropolis {id: row.metropolisId})
MERGE (o)-[r:ACCOMPANIED {source: $docId}]->(m)
SET r.year = row.year, r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
