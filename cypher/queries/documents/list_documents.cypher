// Every loaded document with what it contributed.
// Parameters: none.
// Returns: one map per document: {id, title, path, part, kind, year, years, format, warnings,
//   ingestedAt, counts: {metropolises, organizations, people, meetings, themes, conflicts}}.
MATCH (d:Document)
CALL (d) {
  OPTIONAL MATCH (d)<-[:MENTIONED_IN]-(n)
  RETURN count(CASE WHEN n:Metropolis THEN 1 END) AS metropolises,
         count(CASE WHEN n:Organization THEN 1 END) AS organizations,
         count(CASE WHEN n:Person THEN 1 END) AS people,
         count(CASE WHEN n:Meeting THEN 1 END) AS meetings,
         count(CASE WHEN n:Theme THEN 1 END) AS themes,
         count(CASE WHEN n:Conflict THEN 1 END) AS conflicts
}
RETURN d {.id, .title, .path, .part, .kind, .year, .years, .format, .warnings, ingestedAt: toString(d.ingestedAt),
          counts: {metropolises: metropolises, organizations: organizations, people: people, meetings: meetings,
                   themes: themes, conflicts: conflicts}} AS document
ORDER BY d.path, d.part
