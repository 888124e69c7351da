// Two-mode data of the metropolis co-presence network: one row per (metropolis, meeting).
// A metropolis is at a meeting through its people (a person who ATTENDED it and is
// AFFILIATED_WITH the metropolis or HELD a Role AT it; the affiliations of the meeting's
// year when there are some, else all of that person's) and/or as a presenter
// (PARTICIPATED_IN {as: 'presenter'}, the experience-sharing sessions).
// Parameters: $from, $to (integer years or null, bounds included, on Meeting.year);
//   $kind (Meeting.kind or null); $group (Group.id or null: meetings OF_GROUP it);
//   $theme (Theme.id or null: meetings ABOUT it, or with a session ABOUT it);
//   $allStatuses (boolean, people only: false keeps ATTENDED {status: 'present'});
//   $viaPeople, $viaPresenters (booleans: which ways count).
// Returns: actorId (Metropolis.id), actorName (Metropolis.shortName), eventId (Meeting.id),
//   year (Meeting.year), sources (ids of the Documents stating the facts used).
CALL () {
  MATCH (p:Person)-[a:ATTENDED]->(mt:Meeting)
  WHERE $viaPeople
    AND ($from IS NULL OR mt.year >= $from)
    AND ($to IS NULL OR mt.year <= $to)
    AND ($kind IS NULL OR mt.kind = $kind)
    AND ($group IS NULL OR EXISTS { (mt)-[:OF_GROUP]->(:Group {id: $group}) })
    AND ($theme IS NULL OR EXISTS { (mt)-[:ABOUT]->(:Theme {id: $theme}) }
         OR EXISTS { (mt)<-[:PART_OF]-(:Meeting)-[:ABOUT]->(:Theme {id: $theme}) })
    AND ($allStatuses OR a.status = 'present')
  // Each person's metropolises are read once, not once per meeting attended (a sheet
  // of 98k attendance rows: 0.5 s instead of 1 s in the database, bench/copresence.md).
  WITH p, collect({mt: mt, a: a}) AS visits
  CALL (p) {
    MATCH (p)-[r:AFFILIATED_WITH]->(m:Metropolis)
    RETURN m, r.year AS year, r.source AS source
    UNION
    MATCH (p)-[h:HELD]->(:Role)-[r:AT]->(m:Metropolis)
    RETURN m, h.year AS year, r.source AS source
  }
  WITH p, visits, collect({m: m, year: year, source: source}) AS bodies
  UNWIND visits AS visit
  WITH visit.mt AS mt, visit.a AS a, bodies
  WITH mt, a, CASE WHEN any(b IN bodies WHERE b.year = mt.year)
                   THEN [b IN bodies WHERE b.year = mt.year] ELSE bodies END AS chosen
  UNWIND chosen AS b
  RETURN b.m AS m, mt, [a.source, b.source] AS sources
  UNION ALL
  MATCH (m:Metropolis)-[r:PARTICIPATED_IN {as: 'presenter'}]->(mt:Meeting)
  WHERE $viaPresenters
    AND ($from IS NULL OR mt.year >= $from)
    AND ($to IS NULL OR mt.year <= $to)
    AND ($kind IS NULL OR mt.kind = $kind)
    AND ($group IS NULL OR EXISTS { (mt)-[:OF_GROUP]->(:Group {id: $group}) })
    AND ($theme IS NULL OR EXISTS { (mt)-[:ABOUT]->(:Theme {id: $theme}) }
         OR EXISTS { (mt)<-[:PART_OF]-(:Meeting)-[:ABOUT]->(:Theme {id: $theme}) })
  RETURN m, mt, [r.source] AS sources
}
UNWIND sources AS source
WITH m, mt, collect(DISTINCT source) AS sources
RETURN m.id AS actorId, m.shortName AS actorName, mt.id AS eventId, mt.year AS year, sources
