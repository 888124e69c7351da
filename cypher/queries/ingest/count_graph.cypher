// Node and relationship counts of the graph's content (from Neo4j's count store, so
// constant time): the GraphState node and staged loads (:PendingLoad, :PendingBatch) are
// not content.
// Parameters: none.
// Returns: nodes, relationships.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (n:GraphState) RETURN count(n) AS state }
CALL () { MATCH (n:PendingLoad) RETURN count(n) AS loads }
CALL () { MATCH (n:PendingBatch) RETURN count(n) AS batches }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all - state - loads - batches AS nodes, relationships
