// People whose name or a spelling of it contains the search text (case and accents ignored).
// Parameters: $q (string or null: everyone; folded to lower case without accents by the caller).
// Returns: one map per person {id, name, aliases, affiliations: [names], roles: [titles], documents}.
MATCH (p:Person)
WHERE $q IS NULL OR any(key IN coalesce(p.searchKeys, []) WHERE key CONTAINS $q)
CALL (p) {
  OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(b)
  RETURN collect(DISTINCT coalesce(b.shortName, b.name)) AS affiliations
}
CALL (p) {
  OPTIONAL MATCH (p)-[:HELD]->(r:Role)
  RETURN collect(DISTINCT r.title) AS roles
}
CALL (p) {
  OPTIONAL MATCH (p)-[:MENTIONED_IN]->(d:Document)
  RETURN count(DISTINCT d) AS documents
}
RETURN p {.id, .name, .aliases, affiliations: affiliations, roles: roles, documents: documents} AS person
ORDER BY p.name
