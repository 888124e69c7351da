// Meetings, sessions and experience-sharing sessions, optionally of one year.
// Parameters: $year (integer or null).
// Returns: one map per meeting {id, title, kind, year, startDate, endDate, format, place, host, group,
//   partOf, themes, presenters, present, excused, sources}.
MATCH (mt:Meeting)
WHERE $year IS NULL OR mt.year = $year
CALL (mt) {
  OPTIONAL MATCH (mt)-[:HOSTED_BY]->(h)
  RETURN head(collect(DISTINCT coalesce(h.shortName, h.name))) AS host
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[:OF_GROUP]->(g:Group)
  RETURN head(collect(DISTINCT g.id)) AS group
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[:PART_OF]->(parent:Meeting)
  RETURN head(collect(DISTINCT parent.id)) AS partOf
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[:ABOUT]->(t:Theme)
  RETURN collect(DISTINCT t.name) AS themes
}
CALL (mt) {
  OPTIONAL MATCH (b)-[:PARTICIPATED_IN {as: 'presenter'}]->(mt)
  RETURN collect(DISTINCT coalesce(b.shortName, b.name)) AS presenters
}
CALL (mt) {
  OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(mt)
  RETURN count(DISTINCT CASE WHEN a.status = 'present' THEN p END) AS present,
         count(DISTINCT CASE WHEN a.status = 'excused' THEN p END) AS excused
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[:MENTIONED_IN]->(d:Document)
  RETURN collect(DISTINCT d.id) AS sources
}
RETURN mt {.id, .title, .kind, .year, startDate: toString(mt.startDate), endDate: toString(mt.endDate), .format, .place,
           host: host, group: group, partOf: partOf, themes: themes, presenters: presenters,
           present: present, excused: excused, sources: sources} AS meeting
ORDER BY mt.year, mt.startDate, mt.kind, mt.title
