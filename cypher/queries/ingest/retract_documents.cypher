// Last step of a bounded retraction: deletes the Document nodes themselves (their facts
// and mentions are gone by then).
// Parameters: $ids (list of Document ids), $batchSize (integer, unused).
// Returns: nothing.
MATCH (d:Document)
WHERE d.id IN $ids
DETACH DELETE d
