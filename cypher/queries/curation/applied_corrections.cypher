// The corrections that apply to at least one loaded document (the others in force are stale).
// Parameters: none.
// Returns: correction (one row per correction id), documents (how many documents it applies to).
MATCH (d:Document)
UNWIND coalesce(d.curations, []) AS correction
RETURN correction, count(DISTINCT d) AS documents
