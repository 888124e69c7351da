// Facts a finder was unsure of (confidence below the threshold) that no curator accepted or
// corrected yet (with $handled, those too): extracted relationships, and mentions of people and
// meetings.
// Parameters: $threshold (float), $document (document id, or null), $handled (boolean), $limit (integer).
// Returns: one map per fact {type, startId, startName, startLabel, endId, endName, endLabel, properties,
//   confidence, extractor, evidence, lines, documentId, documentTitle, path, ingestedAt}.
MATCH (d:Document)
WHERE $document IS NULL OR d.id = $document
CALL (d) {
  MATCH (a)-[r]->(b)
  WHERE r.source = d.id AND r.confidence < $threshold AND ($handled OR r.curation IS NULL) AND type(r) <> 'MENTIONED_IN'
  RETURN a, r, b
  UNION
  MATCH (a)-[r:MENTIONED_IN]->(d)
  WHERE r.confidence < $threshold AND ($handled OR r.curation IS NULL) AND (a:Person OR a:Meeting)
  RETURN a, r, null AS b
}
RETURN {type: CASE WHEN b IS NULL THEN labels(a)[0] ELSE type(r) END,
        startId: a.id, startName: coalesce(a.name, a.title, a.shortName, a.id), startLabel: labels(a)[0],
        endId: b.id, endName: coalesce(b.shortName, b.name, b.title, b.id), endLabel: labels(b)[0],
        properties: properties(r), confidence: r.confidence, extractor: r.extractor,
        evidence: r.evidence, lines: r.lines, documentId: d.id, documentTitle: d.title, path: d.path,
        ingestedAt: toString(d.ingestedAt)} AS item
ORDER BY d.ingestedAt DESC, d.path, item.confidence
LIMIT $limit
