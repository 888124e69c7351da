// The projects of a year (a consultancy's project sheet): who delivered them, with whom, for
// which metropolis, about which themes, and the document that says so.
// Parameters: $year (integer).
// Returns: one map per project {id, title, year, deliverables, delivered: [name], partners: [name],
//   metropolises: [name], themes: [name], sources: [{id, title, path}]}, by title.
MATCH (pr:Project)
WHERE pr.year = $year
CALL (pr) {
  OPTIONAL MATCH (o)-[:DELIVERED]->(pr)
  RETURN collect(DISTINCT coalesce(o.shortName, o.name)) AS delivered
}
CALL (pr) {
  OPTIONAL MATCH (o)-[:PARTNER_IN]->(pr)
  RETURN collect(DISTINCT coalesce(o.shortName, o.name)) AS partners
}
CALL (pr) {
  OPTIONAL MATCH (pr)-[:FOR]->(m)
  RETURN collect(DISTINCT coalesce(m.name, m.shortName)) AS metropolises
}
CALL (pr) {
  OPTIONAL MATCH (pr)-[:ABOUT]->(t:Theme)
  WITH t ORDER BY t.name
  RETURN collect(DISTINCT t.name) AS themes
}
CALL (pr) {
  OPTIONAL MATCH (pr)-[:MENTIONED_IN]->(d:Document)
  WITH d ORDER BY d.path, d.part
  RETURN collect(DISTINCT CASE WHEN d IS NULL THEN null ELSE {id: d.id, title: d.title, path: d.path} END) AS sources
}
RETURN pr {.id, .title, .year, .deliverables, delivered: delivered, partners: partners,
           metropolises: metropolises, themes: themes, sources: sources} AS project
ORDER BY pr.title
