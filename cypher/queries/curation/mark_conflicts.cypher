// Marks the conflicts of a document whose decision a curator reviewed and accepted.
// Parameters: $docId (string); $rows: list of {id (correction), by, conflict ("type|subject")}.
// Returns: corrections (the ids of the corrections that marked something).
MATCH (d:Document {id: $docId})<-[:MENTIONED_IN]-(c:Conflict)
UNWIND $rows AS row
WITH c, row
WHERE c.type + '|' + c.subject = row.conflict
SET c.reviewedBy = row.by, c.curation = row.id
RETURN collect(DISTINCT row.id) AS corrections
