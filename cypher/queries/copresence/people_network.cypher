// Two-mode data of the people co-presence network for the network view and its metrics
// (not for exports, which need years and sources: people_attendance): one row per person
// with the meetings they attended, so that ids and names travel once and the rows stream
// without a global aggregation.
// Parameters: $from, $to (integer years or null, bounds included, on Meeting.year);
//   $kind (Meeting.kind or null for every kind); $group (Group.id or null: meetings OF_GROUP it);
//   $theme (Theme.id or null: meetings ABOUT it, or with a session ABOUT it);
//   $allStatuses (boolean: false keeps ATTENDED {status: 'present'} only, true keeps excused people too).
// Returns: actorId (Person.id), actorName (Person.name), events (ids of the Meetings).
MATCH (p:Person)
CALL (p) {
  MATCH (p)-[a:ATTENDED]->(mt:Meeting)
  WHERE ($from IS NULL OR mt.year >= $from)
    AND ($to IS NULL OR mt.year <= $to)
    AND ($kind IS NULL OR mt.kind = $kind)
    AND ($group IS NULL OR EXISTS { (mt)-[:OF_GROUP]->(:Group {id: $group}) })
    AND ($theme IS NULL OR EXISTS { (mt)-[:ABOUT]->(:Theme {id: $theme}) }
         OR EXISTS { (mt)<-[:PART_OF]-(:Meeting)-[:ABOUT]->(:Theme {id: $theme}) })
    AND ($allStatuses OR a.status = 'present')
  RETURN collect(DISTINCT mt.id) AS events
}
WITH p, events
WHERE size(events) > 0
RETURN p.id AS actorId, p.name AS actorName, events
