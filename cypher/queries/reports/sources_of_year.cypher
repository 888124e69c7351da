// The documents a yearly report draws on: documents dated that year, and the documents that
// state the year's (and the previous year's) memberships, the year's meetings, or the plans
// for the year and the next.
// Parameters: $year (integer).
// Returns: one map per document {id, title, path, part, kind, year}, ordered by path and part.
CALL () {
  MATCH (d:Document)
  WHERE d.year = $year
  RETURN d
  UNION
  MATCH (:Metropolis)-[r:MEMBER_OF]->(:Group)
  WHERE r.year IN [$year - 1, $year]
  MATCH (d:Document {id: r.source})
  RETURN d
  UNION
  MATCH (mt:Meeting)-[:MENTIONED_IN]->(d:Document)
  WHERE mt.year = $year
  RETURN d
  UNION
  MATCH (:Group)-[p:PLANNED]->(:Theme)
  WHERE p.forYear IN [$year, $year + 1]
  MATCH (d:Document {id: p.source})
  RETURN d
}
RETURN d {.id, .title, .path, .part, .kind, .year} AS document
ORDER BY d.path, d.part
