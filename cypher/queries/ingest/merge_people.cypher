// Creates or updates the people a document names, links them to it with the spellings it
// uses, adds them to each person's aliases and search keys, and records affiliations.
// Aliases and search keys stay the sorted union of the spellings of every document mentioning
// the person, as ingest/recompute_properties computes them (which skips a person only this
// document mentions): retractions recompute them from the documents left (retract_file,
// retract_mentions).
// Parameters: $docId (string); $rows: list of {id, name, variants, keys (folded spellings, for search),
//   aliases and searchKeys (variants and keys sorted, without duplicates, or null: merged here),
//   affiliationId, year, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.aliases = row.aliases, p.searchKeys = row.searchKeys
MERGE (p)-[r:MENTIONED_IN]->(d)
SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence, r.variants = row.variants, r.keys = row.keys,
  r.name = row.name
// row.aliases and row.searchKeys are the row's own spellings, sorted as Cypher orders strings
// and without duplicates (GraphWriter): a new person (most of a sheet's) was created with them,
// and a known person whose lists are exactly these has nothing to add; only the others are merged.
WITH p, row
CALL (p, row) {
  WITH p, row
  WHERE NOT coalesce(p.aliases = row.aliases AND p.searchKeys = row.searchKeys, false)
  CALL (p, row) {
    UNWIND coalesce(p.aliases, []) + row.variants AS variant
    WITH DISTINCT variant ORDER BY variant
    RETURN collect(variant) AS aliases
  }
  CALL (p, row) {
    UNWIND coalesce(p.searchKeys, []) + row.keys AS key
    WITH DISTINCT key ORDER BY key
    RETURN collect(key) AS keys
  }
  SET p.aliases = aliases, p.searchKeys = keys
}
WITH p, row
WHERE row.affiliationId IS NOT NULL
OPTIONAL MATCH (m:Metropolis {id: row.affiliationId})
OPTIONAL MATCH (o:Organization {id: row.affiliationId})
WITH p, row, coalesce(m, o) AS body
WHERE body IS NOT NULL
MERGE (p)-[a:AFFILIATED_WITH {source: $docId}]->(body)
SET a.year = row.year, a.evidence = row.evidence, a.lines = row.lines, a.extractor = row.extractor, a.confidence = row.confidence
