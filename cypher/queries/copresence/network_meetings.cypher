// The meetings of the people co-presence network (the same filters as people_network), for
// the embedded database's read, which then walks their attendance through Neo4j's Java API
// (copresence/AttendanceReader): one row per meeting instead of one per attendance.
// Parameters: $from, $to (integer years or null, bounds included, on Meeting.year);
//   $kind (Meeting.kind or null for every kind); $group (Group.id or null: meetings OF_GROUP it);
//   $theme (Theme.id or null: meetings ABOUT it, or with a session ABOUT it).
// Returns: node (elementId of the Meeting), id (Meeting.id).
MATCH (mt:Meeting)
WHERE ($from IS NULL OR mt.year >= $from)
  AND ($to IS NULL OR mt.year <= $to)
  AND ($kind IS NULL OR mt.kind = $kind)
  AND ($group IS NULL OR EXISTS { (mt)-[:OF_GROUP]->(:Group {id: $group}) })
  AND ($theme IS NULL OR EXISTS { (mt)-[:ABOUT]->(:Theme {id: $theme}) }
       OR EXISTS { (mt)<-[:PART_OF]-(:Meeting)-[:ABOUT]->(:Theme {id: $theme}) })
RETURN elementId(mt) AS node, mt.id AS id
