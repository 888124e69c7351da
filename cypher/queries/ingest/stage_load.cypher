// Opens a staged load: the new version of a file too large for one transaction, staged in
// :PendingBatch nodes before it switches in (see cypher/README.md, "Loads").
// Parameters: $loadId (string), $path (the file), $documents (ids of its new Documents),
//   $rows (rows to write), $direct (true: a first load, written without staging: its
//   commit point sets the state 'writing', which a crash undoes instead of finishing).
// Returns: nothing.
CREATE (:PendingLoad {id: $loadId, path: $path, state: 'staging', documents: $documents, rows: $rows,
  batches: 0, direct: $direct, startedAt: datetime(), heartbeat: datetime()})
