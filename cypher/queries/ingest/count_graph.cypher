// Node and relationship counts of the whole graph, for ingest summaries and tests.
// Parameters: none.
// Returns: nodes (integer), relationships (integer).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
