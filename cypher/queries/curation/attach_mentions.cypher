// Attaches a document's unresolved mentions to the entity a curator chose: the entity is
// MENTIONED_IN the document with the mention's passage (extractor 'curation', confidence 1.0),
// and the UnresolvedMention goes once no document mentions it.
// Parameters: $docId (string); $rows: list of {id (correction), by, mention (text), kind (or null), entity (id)}.
// Returns: corrections (the ids of the corrections that attached something).
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (u:UnresolvedMention)-[m:MENTIONED_IN]->(d)
WHERE u.text = row.mention AND (row.kind IS NULL OR u.kind = row.kind)
OPTIONAL MATCH (p:Person {id: row.entity})
OPTIONAL MATCH (mt:Metropolis {id: row.entity})
OPTIONAL MATCH (o:Organization {id: row.entity})
WITH d, u, m, row, coalesce(p, mt, o) AS entity
WHERE entity IS NOT NULL
MERGE (entity)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = m.evidence, r.lines = m.lines, r.extractor = 'curation', r.confidence = 1.0,
    r.curation = row.id, r.reviewedBy = row.by, r.source = $docId
DELETE m
WITH u, row
CALL (u) {
  WITH u
  WHERE NOT (u)-[:MENTIONED_IN]->()
  DETACH DELETE u
}
RETURN collect(DISTINCT row.id) AS corrections
