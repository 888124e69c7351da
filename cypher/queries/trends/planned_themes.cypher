// Themes a group announced for a coming year, with the passage that announced them.
// Parameters: none.
// Returns: one map per plan {group, forYear, themeId, theme, evidence, source}.
MATCH (g:Group)-[p:PLANNED]->(t:Theme)
RETURN {group: g.id, forYear: p.forYear, themeId: t.id, theme: t.name, evidence: p.evidence, source: p.source} AS row
ORDER BY p.forYear, g.id, t.name
