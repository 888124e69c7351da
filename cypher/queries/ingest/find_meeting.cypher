// A meeting already in the graph that an attendance sheet row names: same start date first,
// else the same title (case-insensitive) in the same year. Sessions inside a meeting are skipped.
// Parameters: $title (string), $date (date or null), $year (integer).
// Returns: id (at most one row).
MATCH (m:Meeting)
WHERE m.year = $year AND NOT (m)-[:PART_OF]->(:Meeting) AND m.kind <> 'experience_sharing'
  AND (($date IS NOT NULL AND m.startDate = $date) OR toLower(m.title) = toLower($title))
RETURN m.id AS id
ORDER BY CASE WHEN $date IS NOT NULL AND m.startDate = $date THEN 0 ELSE 1 END, m.id
LIMIT 1
