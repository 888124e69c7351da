// What the documents say about each year, from the first to the last year anything is known
// of: the documents about the year, the groups whose members are listed for it, whether its
// meetings are known (some meeting, or an annual summary or meeting report of the year) and
// whether its themes are (a meeting or a project of the year about a theme).
// Parameters: none.
// Returns: one map per year {year, documents: [{id, title, kind}], membership: [Group.id],
//   meetings (boolean), themes (boolean)}, by year; no row on an empty graph.
CALL () {
  MATCH (d:Document) WHERE d.year IS NOT NULL RETURN d.year AS y
  UNION
  MATCH ()-[r:MEMBER_OF]->() WHERE r.year IS NOT NULL RETURN r.year AS y
  UNION
  MATCH (mt:Meeting) WHERE mt.year IS NOT NULL RETURN mt.year AS y
}
WITH min(y) AS first, max(y) AS last
UNWIND CASE WHEN first IS NULL THEN [] ELSE range(first, last) END AS year
CALL (year) {
  OPTIONAL MATCH (d:Document {year: year})
  WITH d ORDER BY d.kind, d.title
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {id: d.id, title: d.title, kind: d.kind} END) AS documents
}
CALL (year) {
  OPTIONAL MATCH (:Metropolis)-[:MEMBER_OF {year: year}]->(g:Group)
  WITH DISTINCT g ORDER BY g.id
  RETURN collect(g.id) AS membership
}
RETURN {year: year, documents: documents, membership: membership,
        meetings: EXISTS { MATCH (mt:Meeting) WHERE mt.year = year }
          OR EXISTS { MATCH (d:Document) WHERE d.year = year AND d.kind IN ['annual_summary', 'meeting_report'] },
        themes: EXISTS { MATCH (mt:Meeting)-[:ABOUT]->(:Theme) WHERE mt.year = year }
          OR EXISTS { MATCH (p:Project)-[:ABOUT]->(:Theme) WHERE p.year = year }} AS coverage
ORDER BY year
