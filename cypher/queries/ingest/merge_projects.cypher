// Consultancy projects (an extension of the contract): (:Project)-[:FOR]->(:Metropolis),
// (:Organization)-[:DELIVERED]->(:Project), (:Organization)-[:PARTNER_IN]->(:Project), (:Project)-[:ABOUT]->(:Theme).
// Parameters: $docId (string); $rows: list of {id, title, year, clientId, consultancyId, partnerIds,
//   themeIds, deliverables, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (pr:Project {id: row.id})
SET pr.title = row.title, pr.year = row.year, pr.deliverables = row.deliverables
MERGE (pr)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence,
    r.title = row.title, r.year = row.year, r.deliverables = row.deliverables
WITH pr, row
CALL (pr, row) {
  MATCH (m:Metropolis {id: row.clientId})
  MERGE (pr)-[f:FOR {source: $docId}]->(m)
  SET f.evidence = row.evidence, f.lines = row.lines, f.extractor = row.extractor, f.confidence = row.confidence
}
CALL (pr, row) {
  MATCH (o:Organization {id: row.consultancyId})
  MERGE (o)-[dl:DELIVERED {source: $docId}]->(pr)
  SET dl.evidence = row.evidence, dl.lines = row.lines, dl.extractor = row.extractor, dl.confidence = row.confidence
}
CALL (pr, row) {
  UNWIND row.partnerIds AS partnerId
  MATCH (o:Organization {id: partnerId})
  MERGE (o)-[pi:PARTNER_IN {source: $docId}]->(pr)
  SET pi.evidence = row.evidence, pi.lines = row.lines, pi.extractor = row.extractor, pi.confidence = row.confidence
}
CALL (pr, row) {
  UNWIND row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (pr)-[a:ABOUT {source: $docId}]->(t)
  SET a.evidence = row.evidence, a.lines = row.lines, a.extractor = row.extractor, a.confidence = row.confidence
}
