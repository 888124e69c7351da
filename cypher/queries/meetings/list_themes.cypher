// Every theme: how many meetings were about it, in which years, who presented it, and
// for which years it was planned.
// Parameters: none.
// Returns: one map per theme {id, name, meetings, years, presenters, plannedFor, firstYear, lastYear}.
MATCH (t:Theme)
CALL (t) {
  OPTIONAL MATCH (mt:Meeting)-[:ABOUT]->(t)
  WITH DISTINCT mt
  WITH collect(mt) AS meetings, collect(DISTINCT mt.year) AS years
  RETURN size(meetings) AS meetingCount, [y IN years WHERE y IS NOT NULL] AS years
}
CALL (t) {
  OPTIONAL MATCH (b)-[:PARTICIPATED_IN {as: 'presenter'}]->(:Meeting)-[:ABOUT]->(t)
  RETURN collect(DISTINCT coalesce(b.shortName, b.name)) AS presenters
}
CALL (t) {
  OPTIONAL MATCH (:Group)-[p:PLANNED]->(t)
  RETURN collect(DISTINCT p.forYear) AS plannedFor
}
WITH t, meetingCount, years, presenters, plannedFor
RETURN t {.id, .name, meetings: meetingCount, years: years, presenters: presenters, plannedFor: plannedFor,
          firstYear: reduce(m = null, y IN years | CASE WHEN m IS NULL OR y < m THEN y ELSE m END),
          lastYear: reduce(m = null, y IN years | CASE WHEN m IS NULL OR y > m THEN y ELSE m END)} AS theme
ORDER BY t.name
