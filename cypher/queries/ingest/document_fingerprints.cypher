// The documents loaded from one file, to skip an unchanged file and size its retraction.
// Parameters: $path (string).
// Returns: id, fingerprint, part, facts (rows written for it, null for documents loaded
//   before that was recorded).
MATCH (d:Document {path: $path})
RETURN d.id AS id, d.fingerprint AS fingerprint, d.part AS part, d.facts AS facts
