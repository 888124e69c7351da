// Two-mode data of a person's ego network: one row per (person, meeting) for every meeting
// the person attended, with the filters of people_attendance.cypher (keep them in step).
// Parameters: $id (Person.id of the centre); $from, $to (integer years or null, bounds
//   included, on Meeting.year); $kind (Meeting.kind or null); $group (Group.id or null);
//   $theme (Theme.id or null: meetings ABOUT it, or with a session ABOUT it);
//   $allStatuses (boolean: false keeps ATTENDED {status: 'present'} only, for everyone).
// Returns: actorId (Person.id), actorName (Person.name), eventId (Meeting.id), eventTitle,
//   eventKind (Meeting.kind), eventDate (Meeting.startDate as text, or null), year
//   (Meeting.year), sources (ids of the Documents stating the attendance).
MATCH (:Person {id: $id})-[c:ATTENDED]->(mt:Meeting)
WHERE ($allStatuses OR c.status = 'present')
  AND ($from IS NULL OR mt.year >= $from)
  AND ($to IS NULL OR mt.year <= $to)
  AND ($kind IS NULL OR mt.kind = $kind)
  AND ($group IS NULL OR EXISTS { (mt)-[:OF_GROUP]->(:Group {id: $group}) })
  AND ($theme IS NULL OR EXISTS { (mt)-[:ABOUT]->(:Theme {id: $theme}) }
       OR EXISTS { (mt)<-[:PART_OF]-(:Meeting)-[:ABOUT]->(:Theme {id: $theme}) })
WITH DISTINCT mt
MATCH (p:Person)-[a:ATTENDED]->(mt)
WHERE $allStatuses OR a.status = 'present'
RETURN p.id AS actorId, p.name AS actorName, mt.id AS eventId, mt.title AS eventTitle, mt.kind AS eventKind,
       toString(mt.startDate) AS eventDate, mt.year AS year, collect(DISTINCT a.source) AS sources
