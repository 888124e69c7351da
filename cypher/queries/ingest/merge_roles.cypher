// Records the roles people held: (:Person)-[:HELD {year}]->(:Role)-[:AT]->(:Metropolis|:Organization).
// Parameters: $docId (string); $rows: list of {personId, roleId, title, category, atId, year, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (role:Role {id: row.roleId})
  ON CREATE SET role.title = row.title, role.category = row.category
MERGE (role)-[rm:MENTIONED_IN]->(d)
  ON CREATE SET rm.evidence = row.evidence, rm.lines = row.lines, rm.extractor = row.extractor, rm.confidence = row.confidence,
    rm.title = row.title, rm.category = row.category
MERGE (p)-[h:HELD {source: $docId}]->(role)
SET h.year = row.year, h.evidence = row.evidence, h.lines = row.lines, h.extractor = row.extractor, h.confidence = row.confidence
WITH role, row
WHERE row.atId IS NOT NULL
OPTIONAL MATCH (m:Metropolis {id: row.atId})
OPTIONAL MATCH (o:Organization {id: row.atId})
WITH role, row, coalesce(m, o) AS body
WHERE body IS NOT NULL
MERGE (role)-[at:AT {source: $docId}]->(body)
SET at.evidence = row.evidence, at.lines = row.lines, at.extractor = row.extractor, at.confidence = row.confidence
