// Applies the curators' names and extra spellings of metropolises, after the reference
// lists were written (which set the official ones).
// Parameters: $rows: list of {id, name (or null), aliases (list)}.
// Returns: corrections (ids of the metropolises found).
UNWIND $rows AS row
MATCH (m:Metropolis {id: row.id})
SET m.name = coalesce(row.name, m.name), m.curatedName = row.name,
    m.aliases = reduce(acc = coalesce(m.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    m.curatedAliases = row.aliases
RETURN collect(m.id) AS metropolises
