// Whether documents were loaded from a file (its path as stored), and how many parts it has.
// Parameters: $path (string).
// Returns: documents (count), parts (list of part numbers).
MATCH (d:Document {path: $path})
RETURN count(d) AS documents, collect(d.part) AS parts
