// The files whose documents a correction may change, to reload them at once: named files,
// documents the correction already applied to, documents naming one of the people (by id or
// by a spelling), one of the entities, or one of the unresolved mentions.
// Parameters: $files, $correction (id), $people (ids), $keys (folded spellings), $entities (ids),
//   $mentions (texts).
// Returns: path (one row per file).
MATCH (d:Document)
WHERE d.path IN $files
   OR $correction IN coalesce(d.curations, [])
   OR EXISTS { MATCH (d)<-[:MENTIONED_IN]-(p:Person)
               WHERE p.id IN $people OR any(k IN coalesce(p.searchKeys, []) WHERE k IN $keys) }
   OR EXISTS { MATCH (d)<-[:MENTIONED_IN]-(n) WHERE n.id IN $entities }
   OR EXISTS { MATCH (d)<-[:MENTIONED_IN]-(u:UnresolvedMention) WHERE u.text IN $mentions }
RETURN DISTINCT d.path AS path
ORDER BY path
