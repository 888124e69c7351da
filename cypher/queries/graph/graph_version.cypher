// The graph's content version: a counter that every write of the service (ingest,
// retraction, curation) increments in its own transaction. Caches key their entries on it.
// Parameters: none.
// Returns: version (integer; 0 when nothing was ever written).
OPTIONAL MATCH (s:GraphState {id: 'graph'})
RETURN coalesce(s.version, 0) AS version
