// The load being switched in, if any: set while a file too large for one transaction is
// written by several (see cypher/README.md, "Loads and what you see over Bolt").
// Parameters: none.
// Returns: switching (the load id, or null).
OPTIONAL MATCH (s:GraphState {id: 'graph'})
RETURN s.switching AS switching
