// Creates or updates one Document node.
// Parameters: $doc: {id, title, kind, year, years, path, part, fileHash, fingerprint, format,
//   warnings, lineCount, ingestedAt}.
// Returns: nothing.
MERGE (d:Document {id: $doc.id})
SET d += $doc
