// The hash of the reference lists last written to the graph, so an ingest run skips
// writing them again when they have not changed.
// Parameters: none.
// Returns: hash (or null).
OPTIONAL MATCH (s:GraphState {id: 'graph'})
RETURN s.referenceHash AS hash
