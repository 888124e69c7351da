// Creates or updates the reference metropolises and EPTs (data/reference/metropolises.csv).
// Parameters: $rows: list of {id, name, shortName, kind, seat, aliases, parent, population, created}.
// Returns: nothing.
UNWIND $rows AS row
MERGE (m:Metropolis {id: row.id})
SET m.name = row.name, m.shortName = row.shortName, m.kind = row.kind, m.seat = row.seat,
    m.aliases = row.aliases, m.population = row.population, m.created = row.created, m.reference = true
WITH m, row
WHERE row.parent IS NOT NULL
MATCH (parent:Metropolis {id: row.parent})
MERGE (m)-[:PART_OF_METROPOLIS]->(parent)
