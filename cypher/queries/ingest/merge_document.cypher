// Creates or updates Document nodes (one row per document; a load writes one at a time).
// Parameters: $docId (string, the row's id); $rows: list of {id, title, kind, year, years,
//   path, part, fileHash, fingerprint, format, warnings, lineCount, ingestedAt, facts
//   (rows written for it)}.
// Returns: nothing.
UNWIND $rows AS doc
MERGE (d:Document {id: doc.id})
SET d += doc
