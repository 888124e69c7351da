// Meetings, sessions and experience-sharing sessions, optionally of one year. Meetings an
// annual summary only counts ("3 en distanciel": kind group_meeting, no date, no attendee)
// come as ONE row per passage with their number (count) and the quoted passage, not as
// identical undated rows; every other meeting is one row with count 1.
// Parameters: $year (integer or null).
// Returns: one map per meeting (or per counted group) {id, title, kind, year, startDate, endDate,
//   format, place, host, group, partOf, themes, presenters, present, excused, sources,
//   counted (true for a count), count, meetingIds (the ids behind the row), evidence, lines
//   (the first mention's passage and lines)}.
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
  OPTIONAL MATCH (mt)-[m:MENTIONED_IN]->(d:Document)
  WITH m, d ORDER BY d.year, d.path, m.lines
  RETURN collect(DISTINCT d.id) AS sources, head(collect(m.evidence)) AS evidence, head(collect(m.lines)) AS lines
}
WITH mt, host, group, partOf, themes, presenters, present, excused, sources, evidence, lines,
     (mt.kind = 'group_meeting' AND mt.startDate IS NULL AND present + excused = 0) AS counted
WITH CASE WHEN counted THEN ['count', group, toString(mt.year), mt.format, mt.title, evidence, lines]
          ELSE ['meeting', mt.id] END AS key,
     counted,
     collect({mt: mt, host: host, group: group, partOf: partOf, themes: themes, presenters: presenters,
              present: present, excused: excused, sources: sources, evidence: evidence, lines: lines}) AS same
WITH counted, same, head(same) AS first
WITH counted, same, first, first.mt AS mt
RETURN mt {.id, .title, .kind, .year, startDate: toString(mt.startDate), endDate: toString(mt.endDate), .format, .place,
           host: first.host, group: first.group, partOf: first.partOf, themes: first.themes,
           presenters: first.presenters, present: first.present, excused: first.excused, sources: first.sources,
           counted: counted, count: size(same), meetingIds: [s IN same | s.mt.id], evidence: first.evidence,
           lines: first.lines} AS meeting
ORDER BY mt.year, mt.startDate, mt.kind, mt.title
