// The documents already loaded from one file, to skip unchanged files.
// Parameters: $path (string, as stored on Document.path).
// Returns: id, fingerprint, part.
MATCH (d:Document {path: $path})
RETURN d.id AS id, d.fingerprint AS fingerprint, d.part AS part
