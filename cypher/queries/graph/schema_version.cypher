// The schema scripts last applied to this graph, so that a start can skip them when they
// have not changed (graph/GraphSchema).
// Parameters: none.
// Returns: version (name of the latest script applied, or null), checksum (of all scripts).
OPTIONAL MATCH (s:GraphState {id: 'graph'})
RETURN s.schemaVersion AS version, s.schemaChecksum AS checksum
