// One staged batch of a load, for the switch, which also marks the load alive.
// Parameters: $loadId (string), $seq (0-based batch number).
// Returns: data (bytes).
MATCH (b:PendingBatch {load: $loadId, seq: $seq})
RETURN b.data AS data
