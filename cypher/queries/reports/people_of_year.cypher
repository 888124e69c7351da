// People present at meetings of a year, in which capacities, with the roles they held that
// year (or with no year recorded) and where.
// Parameters: $year (integer).
// Returns: one map per person {id, name, meetings, capacities: [strings], roles: [{title, category, at}]},
//   ordered by name.
MATCH (p:Person)-[a:ATTENDED {status: 'present'}]->(mt:Meeting)
WHERE mt.year = $year
WITH p, count(DISTINCT mt) AS meetings, collect(DISTINCT a.capacity) AS capacities
CALL (p) {
  OPTIONAL MATCH (p)-[h:HELD]->(r:Role)
  WHERE h.year IS NULL OR h.year = $year
  OPTIONAL MATCH (r)-[:AT]->(b)
  RETURN collect(DISTINCT CASE WHEN r IS NOT NULL
    THEN {title: r.title, category: r.category, at: coalesce(b.shortName, b.name)} END) AS roles
}
RETURN {id: p.id, name: p.name, meetings: meetings, capacities: capacities, roles: roles} AS person
ORDER BY p.name
