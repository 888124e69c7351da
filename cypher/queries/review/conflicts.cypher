// Conflicts still to review (no curator confirmed their decision), or all of them with $handled,
// newest document first.
// Parameters: $document (document id, or null for all), $handled (boolean), $limit (integer).
// Returns: one map per conflict {type, subject, subjectName, description, resolution, evidence, lines,
//   documentId, documentTitle, path, part, ingestedAt}.
MATCH (c:Conflict)-[:MENTIONED_IN]->(d:Document)
WHERE ($handled OR c.curation IS NULL) AND ($document IS NULL OR d.id = $document)
OPTIONAL MATCH (p:Person {id: c.subject})
RETURN c {.type, .subject, subjectName: p.name, .description, .resolution, .evidence, .lines,
          documentId: d.id, documentTitle: d.title, path: d.path, part: d.part,
          ingestedAt: toString(d.ingestedAt)} AS item
ORDER BY d.ingestedAt DESC, d.path, c.lines
LIMIT $limit
