// Records which schema scripts were applied (the content version is left alone: the
// schema is not content).
// Parameters: $version (latest script's name), $checksum (of all scripts).
// Returns: nothing.
MERGE (s:GraphState {id: 'graph'})
SET s.schemaVersion = $version, s.schemaChecksum = $checksum
