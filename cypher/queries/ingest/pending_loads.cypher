// Staged loads a crash may have interrupted: every one when this process owns the store
// ($staleSeconds = 0), else those silent for $staleSeconds; and staged batches whose load
// is gone (state 'orphan').
// Parameters: $staleSeconds (integer).
// Returns: id, path, state (staging|switching|writing|done|orphan), documents, previous, batches.
MATCH (l:PendingLoad)
WHERE $staleSeconds = 0 OR l.heartbeat < datetime() - duration({seconds: $staleSeconds})
RETURN l.id AS id, l.path AS path, l.state AS state, l.documents AS documents,
       coalesce(l.previous, []) AS previous, l.batches AS batches
UNION
MATCH (b:PendingBatch)
WHERE NOT EXISTS { MATCH (l:PendingLoad) WHERE l.id = b.load }
RETURN DISTINCT b.load AS id, null AS path, 'orphan' AS state, [] AS documents, [] AS previous, 0 AS batches
