// A person's name and every spelling the documents use for it, for merges and splits.
// Parameters: $id (string).
// Returns: id, name, aliases (list; empty when the person is unknown: no row).
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
