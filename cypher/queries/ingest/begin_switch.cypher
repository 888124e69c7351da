// The commit point of a staged load: claims the graph's single switch slot
// (GraphState.switching) unless another load holds it, marks the load as switching
// ('writing' for a first load written without staging, which a crash undoes) and
// records the Documents of its file it replaces. The first SET takes the write lock on
// GraphState, so two loads cannot both claim the slot.
// Parameters: $loadId (string).
// Returns: claimed (boolean), previous (ids of the file's current Documents), holder (the
//   load holding the slot).
MERGE (s:GraphState {id: 'graph'})
SET s.switching = s.switching
WITH s
MATCH (l:PendingLoad {id: $loadId})
OPTIONAL MATCH (d:Document {path: l.path})
WITH s, l, coalesce(s.switching, $loadId) = $loadId AS claimed, collect(d.id) AS previous
FOREACH (_ IN CASE WHEN claimed THEN [1] ELSE [] END |
  SET s.switching = $loadId, l.state = CASE WHEN l.direct THEN 'writing' ELSE 'switching' END, l.previous = previous, l.heartbeat = datetime())
RETURN claimed, previous, s.switching AS holder
