// The nodes the documents of one file mention, before that file is retracted or replaced,
// so that ingest/recompute_properties can recompute them afterwards.
// Parameters: $path (string: the file's path as stored on its documents).
// Returns: ids (list of element ids, one per node).
OPTIONAL MATCH (:Document {path: $path})<-[:MENTIONED_IN]-(n)
RETURN collect(DISTINCT elementId(n)) AS ids
