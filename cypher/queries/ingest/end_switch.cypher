// Ends a switch in the same transaction as the graph version's bump: frees the switch
// slot and marks the load done (its staged batches are deleted next).
// Parameters: $loadId (string).
// Returns: nothing.
MATCH (s:GraphState {id: 'graph'})
SET s.switching = CASE WHEN s.switching = $loadId THEN null ELSE s.switching END
WITH s
MATCH (l:PendingLoad {id: $loadId})
SET l.state = 'done', l.heartbeat = datetime()
