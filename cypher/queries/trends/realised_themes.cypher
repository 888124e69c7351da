// Themes worked in a year: the themes of meetings, sessions and experience-sharing sessions of
// that year, with the passage that reports them.
// Parameters: none.
// Returns: one map per (theme, year, group) {group, year, themeId, theme, evidence, source}.
MATCH (mt:Meeting)-[a:ABOUT]->(t:Theme)
WHERE mt.year IS NOT NULL
OPTIONAL MATCH (mt)-[:OF_GROUP]->(g:Group)
WITH g, mt.year AS year, t, head(collect(a)) AS about
RETURN {group: g.id, year: year, themeId: t.id, theme: t.name, evidence: about.evidence, source: about.source} AS row
ORDER BY year, t.name
