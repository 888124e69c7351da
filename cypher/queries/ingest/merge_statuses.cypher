// Legal status history (an extension): (:Metropolis)-[:HAD_STATUS {year}]->(:LegalStatus).
// Parameters: $docId (string); $rows: list of {metropolisId, statusId, status, year, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (m:Metropolis {id: row.metropolisId})
MERGE (s:LegalStatus {id: row.statusId})
  ON CREATE SET s.name = row.status
MERGE (s)-[sm:MENTIONED_IN]->(d)
  ON CREATE SET sm.evidence = row.evidence, sm.lines = row.lines, sm.extractor = row.extractor, sm.confidence = row.confidence,
    sm.name = row.status
MERGE (m)-[r:HAD_STATUS {source: $docId, year: row.year}]->(s)
SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
