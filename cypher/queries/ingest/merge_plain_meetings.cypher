// Creates meetings that have no host, group, parent meeting or theme (every meeting of an
// attendance sheet) and links each to its document: ingest/merge_meetings without the four
// subqueries that would find nothing for them, used when none of a document's meetings has
// any (GraphWriter), so the graph is the same.
// Parameters: $docId (string); $rows: list of {id, title, startDate, endDate, year, format, place,
//   kind, evidence, lines, extractor, confidence}.
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
