// Every file path documents were loaded from, to find files that were removed.
// Parameters: none.
// Returns: path (string).
MATCH (d:Document)
RETURN DISTINCT d.path AS path
