// The global search: people, metropolises, organisations, meetings, themes and documents whose
// name, short name, title or a spelling matches, best first (full-text index search_names,
// accent- and case-insensitive).
// Parameters: $lucene (a Lucene query built by the service from the user's words), $limit
//   (integer, most results in all).
// Returns: one map per result {kind (Person, Metropolis, Organization, Meeting, Theme or
//   Document), id, name, year (meetings, documents), type (a meeting's or document's kind, an
//   organisation's kind), context (for a person: the bodies they belong to; for a meeting: its
//   place), score}, by score.
CALL db.index.fulltext.queryNodes('search_names', $lucene, {limit: $limit}) YIELD node, score
WITH node, score,
     [l IN labels(node) WHERE l IN ['Person', 'Metropolis', 'Organization', 'Meeting', 'Theme', 'Document']][0] AS kind
CALL (node, kind) {
  OPTIONAL MATCH (node)-[:AFFILIATED_WITH]->(b)
  WHERE kind = 'Person'
  RETURN collect(DISTINCT coalesce(b.shortName, b.name)) AS bodies
}
RETURN {kind: kind, id: node.id, name: coalesce(node.name, node.title, node.shortName),
        year: CASE WHEN kind IN ['Meeting', 'Document'] THEN node.year END,
        type: CASE WHEN kind IN ['Meeting', 'Document', 'Organization'] THEN node.kind END,
        context: CASE
          WHEN kind = 'Person' THEN bodies
          WHEN kind = 'Meeting' AND node.place IS NOT NULL THEN [node.place]
          ELSE [] END,
        score: score} AS result
ORDER BY score DESC, result.name
