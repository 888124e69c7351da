// First step of a bounded retraction: deletes every relationship whose source is one of
// the documents $ids, found from the nodes they mention, $batchSize per transaction.
// Idempotent. Auto-commit transactions only.
// Parameters: $ids (list of Document ids), $batchSize (integer).
// Returns: nothing.
MATCH (d:Document)
WHERE d.id IN $ids
MATCH (d)<-[:MENTIONED_IN]-(n)
MATCH (n)-[r]-()
WHERE r.source IN $ids
WITH DISTINCT r
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF $batchSize ROWS
