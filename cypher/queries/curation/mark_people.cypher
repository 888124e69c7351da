// Gives the people of a document their curated name and extra spellings (after the writer
// recomputed their aliases from the documents).
// Parameters: $rows: list of {id, name (or null), aliases (list), keys (folded aliases, for search)}.
// Returns: nothing.
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
SET p.name = coalesce(row.name, p.name),
    p.aliases = reduce(acc = coalesce(p.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    p.searchKeys = reduce(acc = coalesce(p.searchKeys, []), k IN row.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    p.curatedAliases = row.aliases
