// titre: Réunions par année, groupe et format
// description: Le nombre de réunions de chaque groupe par année et par format (présentiel, distanciel…),
// description: séances internes comprises, et les lieux des réunions en présentiel.
// colonne: annee — année
// colonne: groupe — identifiant du groupe
// colonne: format — IN_PERSON, REMOTE, HYBRID ou UNKNOWN
// colonne: type — genre de réunion (group_meeting, meeting, session, experience_sharing…)
// colonne: nombre — nombre de réunions
// colonne: lieux — lieux distincts
MATCH (mt:Meeting)-[:OF_GROUP]->(g:Group)
RETURN mt.year AS annee, g.id AS groupe, mt.format AS format, mt.kind AS type, count(DISTINCT mt) AS nombre,
       collect(DISTINCT mt.place) AS lieux
ORDER BY annee, groupe, format, type
