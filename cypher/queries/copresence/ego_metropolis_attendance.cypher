// Two-mode data of a metropolis's ego network: one row per (metropolis, meeting) for the
// meetings the centre may have been at, each meeting's metropolises found exactly as in
// metropolis_attendance.cypher (keep the two in step; the service then keeps the meetings
// where the centre itself is found). Candidates: meetings attended by a person affiliated
// with the centre or holding a role at it (any year), and sessions the centre presented.
// Parameters: $id (Metropolis.id of the centre); $from, $to (integer years or null, bounds
//   included, on Meeting.year); $kind (Meeting.kind or null); $group (Group.id or null);
//   $theme (Theme.id or null: meetings ABOUT it, or with a session ABOUT it);
//   $allStatuses (boolean: false keeps ATTENDED {status: 'present'});
//   $viaPeople, $viaPresenters (booleans: which ways count).
// Returns: actorId (Metropolis.id), actorName (Metropolis.shortName), eventId (Meeting.id),
//   eventTitle, eventKind, eventDate (Meeting.startDate as text, or null), year (Meeting.year),
//   sources (ids of the Documents stating the facts used).
MATCH (c:Metropolis {id: $id})
CALL (c) {
  MATCH (c)<-[:AFFILIATED_WITH]-(:Person)-[:ATTENDED]->(mt:Meeting)
  WHERE $viaPeople
  RETURN mt
  UNION
  MATCH (c)<-[:AT]-(:Role)<-[:HELD]-(:Person)-[:ATTENDED]->(mt:Meeting)
  WHERE $viaPeople
  RETURN mt
  UNION
  MATCH (c)-[:PARTICIPATED_IN {as: 'presenter'}]->(mt:Meeting)
  WHERE $viaPresenters
  RETURN mt
}
WITH DISTINCT mt
WHERE ($from IS NULL OR mt.year >= $from)
  AND ($to IS NULL OR mt.year <= $to)
  AND ($kind IS NULL OR mt.kind = $kind)
  AND ($group IS NULL OR EXISTS { (mt)-[:OF_GROUP]->(:Group {id: $group}) })
  AND ($theme IS NULL OR EXISTS { (mt)-[:ABOUT]->(:Theme {id: $theme}) }
       OR EXISTS { (mt)<-[:PART_OF]-(:Meeting)-[:ABOUT]->(:Theme {id: $theme}) })
CALL (mt) {
  MATCH (p:Person)-[a:ATTENDED]->(mt)
  WHERE $viaPeople AND ($allStatuses OR a.status = 'present')
  CALL (p) {
    MATCH (p)-[r:AFFILIATED_WITH]->(m:Metropolis)
    RETURN m, r.year AS year, r.source AS source
    UNION
    MATCH (p)-[h:HELD]->(:Role)-[r:AT]->(m:Metropolis)
    RETURN m, h.year AS year, r.source AS source
  }
  WITH a, collect({m: m, year: year, source: source}) AS bodies
  WITH a, CASE WHEN any(b IN bodies WHERE b.year = mt.year)
               THEN [b IN bodies WHERE b.year = mt.year] ELSE bodies END AS chosen
  UNWIND chosen AS b
  RETURN b.m AS m, [a.source, b.source] AS sources
  UNION ALL
  MATCH (m:Metropolis)-[r:PARTICIPATED_IN {as: 'presenter'}]->(mt)
  WHERE $viaPresenters
  RETURN m, [r.source] AS sources
}
UNWIND sources AS source
WITH m, mt, collect(DISTINCT source) AS sources
RETURN m.id AS actorId, m.shortName AS actorName, mt.id AS eventId, mt.title AS eventTitle, mt.kind AS eventKind,
       toString(mt.startDate) AS eventDate, mt.year AS year, sources
