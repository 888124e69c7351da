// Every conflict the extractor or the resolver recorded, with the decision and its evidence.
// Parameters: none.
// Returns: one map per conflict {id, type, subject, description, resolution, evidence, lines,
//   documentId, documentTitle, path}.
MATCH (c:Conflict)-[:MENTIONED_IN]->(d:Document)
RETURN c {.id, .type, .subject, .description, .resolution, .evidence, .lines,
          documentId: d.id, documentTitle: d.title, path: d.path} AS conflict
ORDER BY d.path, d.part, c.type, c.subject
