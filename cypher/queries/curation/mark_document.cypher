// Records on a document which corrections applied to it; a correction in force that no
// document lists is stale (it matches nothing any more).
// Parameters: $docId (string); $corrections (list of correction ids).
// Returns: nothing.
MATCH (d:Document {id: $docId})
SET d.curations = $corrections
