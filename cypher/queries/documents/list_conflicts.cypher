// Every conflict the extractor or the resolver recorded, with the decision and its evidence.
// Parameters: none.
// Returns: one map per conflict {id, type, subject, subjectName (the name of the person or
//   metropolis the subject is the id of, or null), description, resolution, evidence, lines,
//   documentId, documentTitle, path}.
MATCH (c:Conflict)-[:MENTIONED_IN]->(d:Document)
CALL (c) {
  OPTIONAL MATCH (p:Person {id: c.subject})
  OPTIONAL MATCH (m:Metropolis {id: c.subject})
  RETURN coalesce(p.name, m.shortName, m.name) AS subjectName
}
RETURN c {.id, .type, .subject, subjectName: subjectName,
          .description, .resolution, .evidence, .lines,
          documentId: d.id, documentTitle: d.title, path: d.path} AS conflict
ORDER BY d.path, d.part, c.type, c.subject
