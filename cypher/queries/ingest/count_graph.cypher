// Node and relationship counts of the graph's content (the GraphState bookkeeping node aside),
// for ingest summaries and tests.
// Parameters: none.
// Returns: nodes (integer), relationships (integer).
CALL () { MATCH (n) WHERE NOT n:GraphState RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
