// Metropolises and EPTs. Without a year: every body of the reference list and any other
// the documents name. With a year: those that were members of a group that year or took
// part in a meeting of that year.
// Parameters: $year (integer or null).
// Returns: one map per metropolis {id, name, shortName, kind, memberYears, groups, documents, meetings}.
MATCH (m:Metropolis)
CALL (m) {
  OPTIONAL MATCH (m)-[r:MEMBER_OF]->(g:Group)
  WITH r, g ORDER BY r.year
  RETURN collect(DISTINCT r.year) AS memberYears,
         collect(DISTINCT CASE WHEN $year IS NULL OR r.year = $year THEN g.id END) AS groups
}
CALL (m) {
  OPTIONAL MATCH (m)-[:PARTICIPATED_IN]->(mt:Meeting)
  WHERE $year IS NULL OR mt.year = $year
  RETURN count(DISTINCT mt) AS meetings
}
CALL (m) {
  OPTIONAL MATCH (m)-[:MENTIONED_IN]->(d:Document)
  RETURN count(DISTINCT d) AS documents
}
WITH m, memberYears, groups, meetings, documents
WHERE $year IS NULL OR $year IN memberYears OR meetings > 0
RETURN m {.id, .name, .shortName, .kind, memberYears: memberYears, groups: groups,
          documents: documents, meetings: meetings} AS metropolis
ORDER BY m.shortName
