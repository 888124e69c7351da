// Increments the graph's content version inside a write transaction, with what changed.
// Parameters: $reason (string: ingest, retract, curation…).
// Returns: version (the new value).
MERGE (s:GraphState {id: 'graph'})
SET s.version = coalesce(s.version, 0) + 1, s.changedAt = datetime(), s.reason = $reason
RETURN s.version AS version
