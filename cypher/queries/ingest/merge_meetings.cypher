// Creates meetings, sessions and experience-sharing sessions, and links each to its
// document, host, group, parent meeting and themes.
// Parameters: $docId (string); $rows: list of {id, title, startDate, endDate, year, format, place,
//   kind, hostId, partOfId, groupId, themeIds, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (mt:Meeting {id: row.id})
  ON CREATE SET mt.title = row.title, mt.startDate = row.startDate, mt.endDate = row.endDate, mt.year = row.year,
    mt.format = row.format, mt.place = row.place, mt.kind = row.kind
// A meeting another source already describes (an attendance sheet naming a reported meeting)
// keeps what is known: only stated values replace it, and an unknown format never does.
  ON MATCH SET mt.title = coalesce(row.title, mt.title), mt.startDate = coalesce(row.startDate, mt.startDate),
    mt.endDate = coalesce(row.endDate, mt.endDate), mt.year = coalesce(row.year, mt.year),
    mt.format = CASE WHEN row.format = 'UNKNOWN' THEN coalesce(mt.format, row.format) ELSE row.format END,
    mt.place = coalesce(row.place, mt.place), mt.kind = coalesce(mt.kind, row.kind)
MERGE (mt)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence
// What this document states, kept with its provenance; the node's own values are then
// recomputed from every source by ingest/recompute_properties (cypher/README.md).
SET r.title = coalesce(r.title, row.title), r.startDate = coalesce(r.startDate, row.startDate),
  r.endDate = coalesce(r.endDate, row.endDate), r.year = coalesce(r.year, row.year),
  r.format = CASE WHEN r.format IS NULL OR r.format = 'UNKNOWN' THEN row.format ELSE r.format END,
  r.place = coalesce(r.place, row.place), r.kind = coalesce(r.kind, row.kind)
WITH mt, row
CALL (mt, row) {
  OPTIONAL MATCH (m:Metropolis {id: row.hostId})
  OPTIONAL MATCH (o:Organization {id: row.hostId})
  WITH coalesce(m, o) AS host
  WHERE host IS NOT NULL
  MERGE (mt)-[h:HOSTED_BY {source: $docId}]->(host)
  SET h.evidence = row.evidence, h.lines = row.lines, h.extractor = row.extractor, h.confidence = row.confidence
}
CALL (mt, row) {
  MATCH (g:Group {id: row.groupId})
  MERGE (mt)-[o:OF_GROUP {source: $docId}]->(g)
  SET o.evidence = row.evidence, o.lines = row.lines, o.extractor = row.extractor, o.confidence = row.confidence
}
CALL (mt, row) {
  MATCH (parent:Meeting {id: row.partOfId})
  MERGE (mt)-[p:PART_OF {source: $docId}]->(parent)
  SET p.evidence = row.evidence, p.lines = row.lines, p.extractor = row.extractor, p.confidence = row.confidence
}
CALL (mt, row) {
  UNWIND row.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (mt)-[a:ABOUT {source: $docId}]->(t)
  SET a.evidence = row.evidence, a.lines = row.lines, a.extractor = row.extractor, a.confidence = row.confidence
}
