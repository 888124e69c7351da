// The file a document was loaded from, and every document of that file (to retract it).
// Parameters: $id (document id).
// Returns: path, title, documents (how many documents the file gave).
MATCH (d:Document {id: $id})
MATCH (same:Document {path: d.path})
RETURN d.path AS path, d.title AS title, count(same) AS documents
