// Forgets curated names and spellings of metropolises no correction in force names any more
// (the reference lists, written just before, restored the official ones).
// Parameters: $ids (list of the metropolis ids that still have curated values).
// Returns: nothing.
MATCH (m:Metropolis)
WHERE (m.curatedName IS NOT NULL OR m.curatedAliases IS NOT NULL) AND NOT m.id IN $ids
REMOVE m.curatedName, m.curatedAliases
