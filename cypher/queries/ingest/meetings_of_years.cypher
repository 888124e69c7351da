// The top-level meetings of some years, which an attendance sheet's rows may name
// (sessions and experience-sharing sessions are never matched); matched in memory by
// ingest/sheets/MeetingIndex: same start date first, else same title ignoring case.
// Parameters: $years (list of integers).
// Returns: id, title, date (start date or null), year.
MATCH (m:Meeting)
WHERE m.year IN $years AND NOT (m)-[:PART_OF]->(:Meeting) AND m.kind <> 'experience_sharing'
RETURN m.id AS id, m.title AS title, m.startDate AS date, m.year AS year
