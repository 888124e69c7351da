// One meeting: what it was, who hosted it, its group, the meeting it is part of and its
// sessions, who attended (status, capacity, body), which bodies took part and how, its themes,
// and the documents that mention it with the quoted passage.
// Parameters: $id (Meeting.id).
// Returns: one map {id, title, kind, year, startDate, endDate, format, place,
//   host: {id, name, label} or null, group: {id, name} or null, partOf: {id, title, year} or null,
//   sessions: [{id, title, kind, startDate, themes, presenters}],
//   attendees: [{id, name, status, capacity, bodies: [{id, name}], source, evidence, lines}],
//   participants: [{id, name, label, as, source, evidence, lines}], themes: [{id, name}],
//   sources: [{documentId, title, path, year, evidence, lines}]}.
MATCH (mt:Meeting {id: $id})
CALL (mt) {
  OPTIONAL MATCH (mt)-[:HOSTED_BY]->(h)
  RETURN head(collect(CASE WHEN h IS NULL THEN null
    ELSE {id: h.id, name: coalesce(h.shortName, h.name), label: head(labels(h))} END)) AS host
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[:OF_GROUP]->(g:Group)
  RETURN head(collect(CASE WHEN g IS NULL THEN null ELSE {id: g.id, name: g.name} END)) AS group
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[:PART_OF]->(parent:Meeting)
  RETURN head(collect(CASE WHEN parent IS NULL THEN null
    ELSE {id: parent.id, title: parent.title, year: parent.year} END)) AS partOf
}
CALL (mt) {
  OPTIONAL MATCH (s:Meeting)-[:PART_OF]->(mt)
  WITH s ORDER BY s.startDate, s.id
  CALL (s) {
    OPTIONAL MATCH (s)-[:ABOUT]->(t:Theme)
    RETURN collect(DISTINCT t.name) AS themes
  }
  CALL (s) {
    OPTIONAL MATCH (b)-[:PARTICIPATED_IN {as: 'presenter'}]->(s)
    RETURN collect(DISTINCT coalesce(b.shortName, b.name)) AS presenters
  }
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {id: s.id, title: s.title, kind: s.kind,
    startDate: toString(s.startDate), themes: themes, presenters: presenters} END) AS sessions
}
CALL (mt) {
  OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(mt)
  CALL (p) {
    OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(b)
    RETURN collect(DISTINCT CASE WHEN b IS NULL THEN null
      ELSE {id: b.id, name: coalesce(b.shortName, b.name), label: head(labels(b))} END) AS bodies
  }
  WITH p, a, bodies ORDER BY a.status DESC, p.name
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: p.id, name: p.name, status: a.status,
    capacity: a.capacity, bodies: bodies, source: a.source, evidence: a.evidence, lines: a.lines} END) AS attendees
}
CALL (mt) {
  OPTIONAL MATCH (b)-[r:PARTICIPATED_IN]->(mt)
  WITH b, r ORDER BY r.as, coalesce(b.shortName, b.name)
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {id: b.id, name: coalesce(b.shortName, b.name),
    label: head(labels(b)), as: r.as, source: r.source, evidence: r.evidence, lines: r.lines} END) AS participants
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[:ABOUT]->(t:Theme)
  WITH t ORDER BY t.name
  RETURN collect(DISTINCT CASE WHEN t IS NULL THEN null ELSE {id: t.id, name: t.name} END) AS themes
}
CALL (mt) {
  OPTIONAL MATCH (mt)-[m:MENTIONED_IN]->(d:Document)
  WITH m, d ORDER BY d.year, d.path
  RETURN collect(CASE WHEN d IS NULL THEN null ELSE {documentId: d.id, title: d.title, path: d.path, year: d.year,
    evidence: m.evidence, lines: m.lines} END) AS sources
}
RETURN mt {.id, .title, .kind, .year, startDate: toString(mt.startDate), endDate: toString(mt.endDate), .format,
           .place, host: host, group: group, partOf: partOf, sessions: sessions, attendees: attendees,
           participants: participants, themes: themes, sources: sources} AS meeting
