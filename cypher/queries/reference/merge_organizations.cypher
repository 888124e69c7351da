// Creates or updates the reference organisations (data/reference/organizations.csv).
// Parameters: $rows: list of {id, name, kind, aliases}.
// Returns: nothing.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.kind = row.kind, o.aliases = row.aliases, o.reference = true
