// Marks a staged load alive while it switches in (other processes take a silent load as
// interrupted after app.ingest.stale-load-after).
// Parameters: $loadId (string).
// Returns: nothing.
MATCH (l:PendingLoad {id: $loadId})
SET l.heartbeat = datetime()
