// Marks the mention of a node fact (a meeting, a person) in a document that curators accepted
// or corrected: confidence 1.0 on its MENTIONED_IN, the correction's id and author.
// Parameters: $docId (string); $marks: list of {label, id, correction, by, corrected (boolean)}.
// Returns: corrections (the ids of the corrections that marked something).
MATCH (d:Document {id: $docId})
UNWIND $marks AS mark
MATCH (d)<-[m:MENTIONED_IN]-(n)
WHERE n.id = mark.id AND mark.label IN labels(n)
SET m.confidence = 1.0, m.curation = mark.correction, m.reviewedBy = mark.by,
    m.extractor = CASE WHEN mark.corrected THEN 'curation' ELSE m.extractor END, n.curation = mark.correction
RETURN collect(DISTINCT mark.correction) AS corrections
