// For each theme and year: the meetings about it and who presented them.
// Parameters: none.
// Returns: one map per (theme, year) {themeId, theme, year, sessions, presenters: [names], sources: [document ids]}.
MATCH (mt:Meeting)-[:ABOUT]->(t:Theme)
WHERE mt.year IS NOT NULL
CALL (mt) {
  OPTIONAL MATCH (b)-[:PARTICIPATED_IN {as: 'presenter'}]->(mt)
  RETURN collect(DISTINCT coalesce(b.shortName, b.name)) AS presenters
}
WITH t, mt.year AS year, collect(DISTINCT mt) AS meetings, collect(presenters) AS presenterLists
CALL (meetings) {
  UNWIND meetings AS m
  MATCH (m)-[:MENTIONED_IN]->(d:Document)
  RETURN collect(DISTINCT d.id) AS sources
}
RETURN {themeId: t.id, theme: t.name, year: year, sessions: size(meetings),
        presenters: reduce(acc = [], ps IN presenterLists | acc + [p IN ps WHERE NOT p IN acc]),
        sources: sources} AS row
ORDER BY t.name, year
