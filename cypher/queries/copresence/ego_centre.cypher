// The centre of an ego network, if it exists: a person or a metropolis.
// Parameters: $id (Person.id or Metropolis.id), $network ('people' or 'metropolises').
// Returns: id, name (Person.name, or Metropolis.shortName falling back on its name).
CALL () {
  MATCH (n:Person {id: $id})
  WHERE $network = 'people'
  RETURN n.id AS id, n.name AS name
  UNION
  MATCH (n:Metropolis {id: $id})
  WHERE $network = 'metropolises'
  RETURN n.id AS id, coalesce(n.shortName, n.name) AS name
}
RETURN id, name
