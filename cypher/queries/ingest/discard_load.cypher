// Deletes a staged load and its batches, a few batches per transaction (each holds up to
// app.ingest.batch-size rows). Auto-commit transactions only.
// Parameters: $loadId (string).
// Returns: nothing.
MATCH (n)
WHERE (n:PendingBatch AND n.load = $loadId) OR (n:PendingLoad AND n.id = $loadId)
CALL (n) {
  DELETE n
} IN TRANSACTIONS OF 20 ROWS
