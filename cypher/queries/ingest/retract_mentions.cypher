// Second step of a bounded retraction: for each node the documents $ids mention, deletes
// those MENTIONED_IN links, recomputes a person's aliases and search keys from the
// documents still mentioning them, and deletes the node when no document does any more
// (reference metropolises and organisations stay). $batchSize nodes per transaction.
// Idempotent. Auto-commit transactions only.
// Parameters: $ids (list of Document ids), $batchSize (integer).
// Returns: nothing.
MATCH (d:Document)
WHERE d.id IN $ids
MATCH (d)<-[:MENTIONED_IN]-(n)
WITH DISTINCT n
CALL (n) {
  CALL (n) {
    MATCH (n)-[m:MENTIONED_IN]->(d:Document)
    WHERE d.id IN $ids
    DELETE m
  }
  CALL (n) {
    WITH n
    WHERE n:Person AND EXISTS { (n)-[:MENTIONED_IN]->(:Document) }
    CALL (n) {
      MATCH (n)-[x:MENTIONED_IN]->(:Document)
      UNWIND x.variants AS variant
      WITH DISTINCT variant ORDER BY variant
      RETURN collect(variant) AS aliases
    }
    CALL (n) {
      MATCH (n)-[x:MENTIONED_IN]->(:Document)
      UNWIND x.keys AS key
      WITH DISTINCT key
      RETURN collect(key) AS keys
    }
    SET n.aliases = aliases, n.searchKeys = keys
  }
  WITH n
  WHERE NOT EXISTS { (n)-[:MENTIONED_IN]->(:Document) } AND coalesce(n.reference, false) = false
  DETACH DELETE n
} IN TRANSACTIONS OF $batchSize ROWS
