// Mentions the resolver could not tie to one entity ("la Métropole", a bare surname that fits two
// people), with their candidates, newest document first.
// Parameters: $document (document id, or null), $limit (integer); $handled is not used (an
//   attached mention is no longer unresolved).
// Returns: one map per mention and document {text, kind, reason, candidates: [{id, name}], evidence, lines,
//   documentId, documentTitle, path, ingestedAt}.
MATCH (u:UnresolvedMention)-[m:MENTIONED_IN]->(d:Document)
WHERE $document IS NULL OR d.id = $document
CALL (u) {
  UNWIND coalesce(u.candidates, []) AS candidate
  OPTIONAL MATCH (p:Person {id: candidate})
  OPTIONAL MATCH (mt:Metropolis {id: candidate})
  OPTIONAL MATCH (o:Organization {id: candidate})
  RETURN collect({id: candidate, name: coalesce(p.name, mt.name, o.name, candidate)}) AS candidates
}
RETURN {text: u.text, kind: u.kind, reason: u.reason, candidates: candidates, evidence: m.evidence,
        lines: m.lines, documentId: d.id, documentTitle: d.title, path: d.path,
        ingestedAt: toString(d.ingestedAt)} AS item
ORDER BY d.ingestedAt DESC, d.path, m.lines
LIMIT $limit
