// For each theme and year: the meetings about it and who presented them, and the projects
// of that year about it (a project sheet documents a year's themes without any meeting).
// Parameters: none.
// Returns: one map per (theme, year) {themeId, theme, year, sessions, projects,
//   presenters: [names], sources: [document ids]}.
CALL () {
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
  RETURN t, year, size(meetings) AS sessions, 0 AS projects,
         reduce(acc = [], ps IN presenterLists | acc + [p IN ps WHERE NOT p IN acc]) AS presenters, sources
  UNION ALL
  MATCH (p:Project)-[:ABOUT]->(t:Theme)
  WHERE p.year IS NOT NULL
  WITH t, p.year AS year, collect(DISTINCT p) AS projects
  CALL (projects) {
    UNWIND projects AS p
    MATCH (p)-[:MENTIONED_IN]->(d:Document)
    RETURN collect(DISTINCT d.id) AS sources
  }
  RETURN t, year, 0 AS sessions, size(projects) AS projects, [] AS presenters, sources
}
WITH t, year, sum(sessions) AS sessions, sum(projects) AS projects, collect(presenters) AS presenterLists,
     collect(sources) AS sourceLists
RETURN {themeId: t.id, theme: t.name, year: year, sessions: sessions, projects: projects,
        presenters: reduce(acc = [], ps IN presenterLists | acc + [p IN ps WHERE NOT p IN acc]),
        sources: reduce(acc = [], ss IN sourceLists | acc + [s IN ss WHERE NOT s IN acc])} AS row
ORDER BY row.theme, row.year
