// Members of the network's groups per year.
// Parameters: $group (string or null: every group).
// Returns: one map per year {year, members: [{id, name}]}, ordered by year.
MATCH (m:Metropolis)-[r:MEMBER_OF]->(g:Group)
WHERE $group IS NULL OR g.id = $group
WITH r.year AS year, m
ORDER BY m.shortName
WITH year, collect(DISTINCT {id: m.id, name: m.shortName}) AS members
RETURN {year: year, members: members} AS row
ORDER BY year
