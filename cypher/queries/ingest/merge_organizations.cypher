// Creates the organisations a document names (reference ones already exist) and links them to it.
// A commune (kind COMMUNE: a city named as a city, "Ville de Bordeaux") also gets the :Commune label.
// Parameters: $docId (string); $rows: list of {id, name, kind, evidence, lines, extractor, confidence}.
// Returns: nothing.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
  ON CREATE SET o.name = row.name, o.kind = row.kind, o.aliases = []
FOREACH (_ IN CASE WHEN o.kind = 'COMMUNE' THEN [1] ELSE [] END | SET o:Commune)
MERGE (o)-[r:MENTIONED_IN]->(d)
  ON CREATE SET r.evidence = row.evidence, r.lines = row.lines, r.extractor = row.extractor, r.confidence = row.confidence,
    r.name = row.name, r.kind = row.kind
