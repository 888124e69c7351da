// One document with every entity it mentions (and the quoted passage) and its conflicts.
// Parameters: $id (string, the document id).
// Returns: one map {id, title, path, part, kind, year, years, format, warnings, ingestedAt, lineCount,
//   mentions: [{label, id, name, evidence, lines}], conflicts: [{id, type, subject, description, resolution, evidence, lines}]}.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)<-[m:MENTIONED_IN]-(n)
  WHERE NOT n:Conflict
  WITH n, m ORDER BY labels(n)[0], coalesce(n.name, n.title)
  RETURN collect(CASE WHEN n IS NULL THEN null ELSE {label: labels(n)[0], id: n.id,
    name: coalesce(n.shortName, n.name, n.title), evidence: m.evidence, lines: m.lines} END) AS mentions
}
CALL (d) {
  OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(c:Conflict)
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE c {.id, .type, .subject, .description, .resolution, .evidence, .lines} END) AS conflicts
}
RETURN d {.id, .title, .path, .part, .kind, .year, .years, .format, .warnings, .lineCount,
          ingestedAt: toString(d.ingestedAt), mentions: mentions, conflicts: conflicts} AS document
