// One person: spellings, roles over the years, meetings attended, affiliations and sources.
// Parameters: $id (string).
// Returns: one map {id, name, aliases, roles: [{title, category, at, atName, year, source, evidence}],
//   meetings: [{id, title, year, status, capacity, source, evidence}], affiliations: [{id, name, year, source}],
//   sources: [{documentId, title, path, year, evidence, lines, variants}]}.
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[h:HELD]->(r:Role)
  OPTIONAL MATCH (r)-[:AT]->(b)
  WITH h, r, b ORDER BY h.year, r.title
  RETURN collect(DISTINCT CASE WHEN h IS NULL THEN null ELSE {title: r.title, category: r.category, at: b.id,
    atName: coalesce(b.shortName, b.name), year: h.year, source: h.source, evidence: h.evidence} END) AS roles
}
CALL (p) {
  OPTIONAL MATCH (p)-[a:ATTENDED]->(mt:Meeting)
  WITH a, mt ORDER BY mt.startDate, mt.year, mt.title
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: mt.id, title: mt.title, year: mt.year, status: a.status,
    capacity: a.capacity, source: a.source, evidence: a.evidence} END) AS meetings
}
CALL (p) {
  OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(b)
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: b.id, name: coalesce(b.shortName, b.name), year: a.year, source: a.source} END) AS affiliations
}
CALL (p) {
  OPTIONAL MATCH (p)-[m:MENTIONED_IN]->(d:Document)
  WITH m, d ORDER BY d.year, d.path
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {documentId: d.id, title: d.title, path: d.path, year: d.year,
    evidence: m.evidence, lines: m.lines, variants: m.variants} END) AS sources
}
RETURN p {.id, .name, .aliases, roles: roles, meetings: meetings, affiliations: affiliations, sources: sources} AS person
