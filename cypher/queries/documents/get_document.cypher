// One document with every entity it mentions (and the quoted passage) and its conflicts.
// Parameters: $id (string, the document id).
// Returns: one map {id, title, path, part, kind, year, years, format, warnings, ingestedAt, lineCount,
//   mentions: [{label, id, name, value, year, evidence, lines}] (value: a stated figure's number),
//   conflicts: [{id, type, subject, subjectName, description, resolution, evidence, lines}]}
//   (subjectName: the name of the person or metropolis the subject is the id of, or null).
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)<-[m:MENTIONED_IN]-(n)
  WHERE NOT n:Conflict
  WITH n, m ORDER BY labels(n)[0], coalesce(n.name, n.title)
  RETURN collect(CASE WHEN n IS NULL THEN null ELSE {label: labels(n)[0], id: n.id,
    name: coalesce(n.shortName, n.name, n.title), value: CASE WHEN n:StatedFigure THEN n.value END,
    year: n.year, evidence: m.evidence, lines: m.lines} END) AS mentions
}
CALL (d) {
  OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(c:Conflict)
  OPTIONAL MATCH (p:Person {id: c.subject})
  OPTIONAL MATCH (m:Metropolis {id: c.subject})
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE c {.id, .type, .subject,
    subjectName: coalesce(p.name, m.shortName, m.name),
    .description, .resolution, .evidence, .lines} END) AS conflicts
}
RETURN d {.id, .title, .path, .part, .kind, .year, .years, .format, .warnings, .lineCount,
          ingestedAt: toString(d.ingestedAt), mentions: mentions, conflicts: conflicts} AS document
