// Every known person with their spellings and affiliations, for cross-document resolution.
// Parameters: none.
// Returns: id, name, aliases (list), affiliations (list of metropolis/organisation ids).
MATCH (p:Person)
OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(b)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, collect(DISTINCT b.id) AS affiliations
