// Retracts everything documents from one file contributed, in the caller's transaction
// (small files; large ones use retract_sources, retract_mentions, retract_documents):
// every relationship whose source is one of them, their MENTIONED_IN links and conflicts,
// the Document nodes, then the nodes nothing else mentions any more (reference
// metropolises and organisations stay); the people still mentioned elsewhere get their
// aliases and search keys recomputed from those documents.
// Parameters: $path (string).
// Returns: documents (number of Document nodes removed).
MATCH (d:Document {path: $path})
WITH collect(d) AS docs, collect(d.id) AS ids
CALL (docs, ids) {
  UNWIND docs AS d
  MATCH (d)<-[:MENTIONED_IN]-(n)
  WITH DISTINCT n, ids
  MATCH (n)-[r]-()
  WHERE r.source IN ids
  WITH DISTINCT r
  DELETE r
}
CALL (docs) {
  UNWIND docs AS d
  MATCH (d)<-[m:MENTIONED_IN]-(n)
  DELETE m
  WITH DISTINCT n
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
  WHERE NOT (n)-[:MENTIONED_IN]->(:Document) AND coalesce(n.reference, false) = false
  DETACH DELETE n
}
CALL (docs) {
  UNWIND docs AS d
  DETACH DELETE d
}
RETURN size(docs) AS documents
