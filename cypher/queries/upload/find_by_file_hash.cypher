// The documents already loaded from a file with exactly these bytes (for refusing a duplicate upload).
// Parameters: $hash (SHA-256 of the file's bytes, hex).
// Returns: path, title (one row per document, first part first).
MATCH (d:Document {fileHash: $hash})
RETURN d.path AS path, d.title AS title
ORDER BY d.part
