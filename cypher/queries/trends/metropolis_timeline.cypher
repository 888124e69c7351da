// One metropolis, year by year: the groups it was a member of, the sessions it presented,
// the meetings it took part in, the people affiliated with it who attended, and the themes.
// Parameters: $id (string).
// Returns: one map per year {year, groups, presented: [titles], meetings, people: [names], themes: [names]}.
MATCH (m:Metropolis {id: $id})
CALL (m) {
  MATCH (m)-[r:MEMBER_OF]->(g:Group)
  RETURN r.year AS year, 'member' AS what, g.id AS value
  UNION
  MATCH (m)-[:PARTICIPATED_IN {as: 'presenter'}]->(mt:Meeting)
  RETURN mt.year AS year, 'presented' AS what, mt.title AS value
  UNION
  MATCH (m)-[:PARTICIPATED_IN]->(mt:Meeting)
  RETURN mt.year AS year, 'meeting' AS what, mt.id AS value
  UNION
  MATCH (p:Person)-[:AFFILIATED_WITH]->(m)
  MATCH (p)-[:ATTENDED {status: 'present'}]->(mt:Meeting)
  RETURN mt.year AS year, 'person' AS what, p.name AS value
  UNION
  MATCH (m)-[:PARTICIPATED_IN]->(mt:Meeting)-[:ABOUT]->(t:Theme)
  RETURN mt.year AS year, 'theme' AS what, t.name AS value
}
WITH year, what, value WHERE year IS NOT NULL
WITH year, what, collect(DISTINCT value) AS values
WITH year, collect([what, values]) AS pairs
RETURN {year: year,
        groups: coalesce(head([p IN pairs WHERE p[0] = 'member' | p[1]]), []),
        presented: coalesce(head([p IN pairs WHERE p[0] = 'presented' | p[1]]), []),
        meetings: size(coalesce(head([p IN pairs WHERE p[0] = 'meeting' | p[1]]), [])),
        people: coalesce(head([p IN pairs WHERE p[0] = 'person' | p[1]]), []),
        themes: coalesce(head([p IN pairs WHERE p[0] = 'theme' | p[1]]), [])} AS row
ORDER BY year
