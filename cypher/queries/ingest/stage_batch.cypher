// Stages one bounded batch of a load (its rows, encoded) and marks the load alive.
// Parameters: $loadId (string), $seq (0-based batch number), $rows (row count),
//   $data (bytes: the encoded statements and rows).
// Returns: nothing.
MATCH (l:PendingLoad {id: $loadId})
SET l.heartbeat = datetime(), l.batches = $seq + 1
CREATE (:PendingBatch {load: $loadId, seq: $seq, rows: $rows, data: $data})
