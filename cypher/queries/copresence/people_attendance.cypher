// Two-mode data of the people co-presence network: one row per (person, meeting) attended,
// streamed by the service into its in-memory projection (no Cypher pattern per pair).
// Parameters: $from, $to (integer years or null, bounds included, on Meeting.year);
//   $kind (Meeting.kind or null for every kind); $group (Group.id or null: meetings OF_GROUP it);
//   $theme (Theme.id or null: meetings ABOUT it, or with a session ABOUT it);
//   $allStatuses (boolean: false keeps ATTENDED {status: 'present'} only, true keeps excused people too).
// Returns: actorId (Person.id), actorName (Person.name), eventId (Meeting.id),
//   year (Meeting.year), sources (ids of the Documents stating the attendance).
MATCH (p:Person)-[a:ATTENDED]->(mt:Meeting)
WHERE ($from IS NULL OR mt.year >= $from)
  AND ($to IS NULL OR mt.year <= $to)
  AND ($kind IS NULL OR mt.kind = $kind)
  AND ($group IS NULL OR EXISTS { (mt)-[:OF_GROUP]->(:Group {id: $group}) })
  AND ($theme IS NULL OR EXISTS { (mt)-[:ABOUT]->(:Theme {id: $theme}) }
       OR EXISTS { (mt)<-[:PART_OF]-(:Meeting)-[:ABOUT]->(:Theme {id: $theme}) })
  AND ($allStatuses OR a.status = 'present')
RETURN p.id AS actorId, p.name AS actorName, mt.id AS eventId, mt.year AS year,
       collect(DISTINCT a.source) AS sources
