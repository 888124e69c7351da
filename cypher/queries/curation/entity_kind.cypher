// What kind of entity an id names, for checking a correction's target.
// Parameters: $id (string).
// Returns: kind (person, metropolis, organization; no row when none has this id).
CALL () {
  MATCH (p:Person {id: $id}) RETURN 'person' AS kind
  UNION
  MATCH (m:Metropolis {id: $id}) RETURN 'metropolis' AS kind
  UNION
  MATCH (o:Organization {id: $id}) RETURN 'organization' AS kind
}
RETURN kind
LIMIT 1
