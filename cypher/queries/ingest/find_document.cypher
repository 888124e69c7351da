// One document by id, to detect the same text loaded from another file.
// Parameters: $id (string).
// Returns: id, path, part.
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.path AS path, d.part AS part
