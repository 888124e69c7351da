// Whether a metropolis with this id is in the graph.
// Parameters: $id (string).
// Returns: one map {id} when it exists, no row otherwise.
MATCH (m:Metropolis {id: $id})
RETURN {id: m.id} AS metropolis
