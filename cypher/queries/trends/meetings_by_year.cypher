// Top-level meetings (not sessions inside a meeting, not experience-sharing sessions) per
// year and format, with their places and the people present.
// Parameters: $group (string or null: every group).
// Returns: one map per meeting {id, year, format, place, attendees} (attendees: distinct people present).
MATCH (mt:Meeting)
WHERE mt.year IS NOT NULL AND mt.kind <> 'experience_sharing' AND NOT (mt)-[:PART_OF]->(:Meeting)
  AND ($group IS NULL OR (mt)-[:OF_GROUP]->(:Group {id: $group}))
CALL (mt) {
  OPTIONAL MATCH (p:Person)-[:ATTENDED {status: 'present'}]->(mt)
  RETURN count(DISTINCT p) AS attendees
}
RETURN {id: mt.id, year: mt.year, format: mt.format, place: mt.place, attendees: attendees} AS row
ORDER BY mt.year, mt.id
