// One metropolis: reference data, memberships by year, meetings, affiliated people and sources.
// Parameters: $id (string).
// Returns: one map {id, name, shortName, kind, seat, aliases, population, created, parent,
//   memberships: [{group, groupName, year, source, evidence}], meetings: [{id, title, year, kind, as, source}],
//   people: [{id, name, roles}], statuses: [{status, year, source}], sources: [{documentId, title, path, evidence, lines}]}.
MATCH (m:Metropolis {id: $id})
OPTIONAL MATCH (m)-[:PART_OF_METROPOLIS]->(parent:Metropolis)
CALL (m) {
  OPTIONAL MATCH (m)-[r:MEMBER_OF]->(g:Group)
  WITH r, g ORDER BY r.year, g.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {group: g.id, groupName: g.name, year: r.year, source: r.source, evidence: r.evidence} END) AS memberships
}
CALL (m) {
  OPTIONAL MATCH (m)-[p:PARTICIPATED_IN]->(mt:Meeting)
  WITH p, mt ORDER BY mt.year, mt.title
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {id: mt.id, title: mt.title, year: mt.year, kind: mt.kind, as: p.as, source: p.source} END) AS meetings
}
CALL (m) {
  OPTIONAL MATCH (p:Person)-[:AFFILIATED_WITH]->(m)
  WITH DISTINCT p
  OPTIONAL MATCH (p)-[:HELD]->(role:Role)
  WITH p, collect(DISTINCT role.title) AS roles ORDER BY p.name
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {id: p.id, name: p.name, roles: roles} END) AS people
}
CALL (m) {
  OPTIONAL MATCH (m)-[h:HAD_STATUS]->(s:LegalStatus)
  WITH h, s ORDER BY h.year
  RETURN collect(CASE WHEN h IS NULL THEN null ELSE {status: s.name, year: h.year, source: h.source} END) AS statuses
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:MENTIONED_IN]->(d:Document)
  WITH r, d ORDER BY d.year, d.path
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {documentId: d.id, title: d.title, path: d.path, evidence: r.evidence, lines: r.lines} END) AS sources
}
RETURN m {.id, .name, .shortName, .kind, .seat, .aliases, .population, .created, parent: parent.id,
          memberships: memberships, meetings: meetings, people: people, statuses: statuses, sources: sources} AS metropolis
