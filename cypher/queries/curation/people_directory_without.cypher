// The people known from every document except those loaded from some files, with the spellings
// and affiliations those other documents give: resolving these files again must not find what
// they themselves contributed (undoing a merge would otherwise find the merged spellings).
// Parameters: $paths (list of stored file paths to leave out).
// Returns: id, name, aliases (list), affiliations (list of metropolis/organisation ids).
MATCH (p:Person)-[m:MENTIONED_IN]->(d:Document)
WHERE NOT d.path IN $paths
WITH p, collect(DISTINCT d.id) AS sources, collect(m.variants) AS variants
CALL (p, sources) {
  OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(b)
  WHERE a.source IN sources
  RETURN collect(DISTINCT b.id) AS affiliations
}
RETURN p.id AS id, p.name AS name,
       reduce(acc = [], vs IN variants | acc + [v IN vs WHERE NOT v IN acc]) AS aliases, affiliations
