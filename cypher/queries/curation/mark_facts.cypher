// Marks the relationships a document contributed that curators accepted or corrected:
// confidence 1.0, the correction's id and author; a corrected one gets extractor 'curation'.
// Parameters: $docId (string); $marks: list of {type, start, end, properties (map of the
//   discriminating properties; null matches a missing one), correction, by, corrected (boolean)}.
// Returns: corrections (the ids of the corrections that marked something).
MATCH (d:Document {id: $docId})
UNWIND $marks AS mark
MATCH (d)<-[:MENTIONED_IN]-(a)
WHERE a.id = mark.start
MATCH (a)-[r]->(b)
WHERE type(r) = mark.type AND b.id = mark.end AND r.source = $docId
  AND all(k IN keys(mark.properties) WHERE (mark.properties[k] IS NULL AND r[k] IS NULL) OR r[k] = mark.properties[k])
SET r.confidence = 1.0, r.curation = mark.correction, r.reviewedBy = mark.by,
    r.extractor = CASE WHEN mark.corrected THEN 'curation' ELSE r.extractor END
RETURN collect(DISTINCT mark.correction) AS corrections
