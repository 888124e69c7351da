// Records the hash of the reference lists just written (the content version is bumped by
// the load that follows, if anything else changes).
// Parameters: $hash (string).
// Returns: nothing.
MERGE (s:GraphState {id: 'graph'})
SET s.referenceHash = $hash
