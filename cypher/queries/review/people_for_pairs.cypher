// Every person with what tells two people apart or together: spellings, affiliations, the
// documents and meetings they appear in, and a passage.
// Parameters: none.
// Returns: id, name, aliases, affiliations (ids), documents (ids), meetings (ids), evidence, lines,
//   documentId, documentTitle, path, ingestedAt (of the newest document naming them).
MATCH (p:Person)-[m:MENTIONED_IN]->(d:Document)
WITH p, m, d ORDER BY d.ingestedAt DESC
WITH p, collect(d)[0] AS newest, collect(m)[0] AS mention, collect(DISTINCT d.id) AS documents
CALL (p) {
  OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(b)
  RETURN collect(DISTINCT b.id) AS affiliations
}
CALL (p) {
  OPTIONAL MATCH (p)-[:ATTENDED]->(mt:Meeting)
  RETURN collect(DISTINCT mt.id) AS meetings
}
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, affiliations, documents, meetings,
       mention.evidence AS evidence, mention.lines AS lines, newest.id AS documentId,
       newest.title AS documentTitle, newest.path AS path, toString(newest.ingestedAt) AS ingestedAt
