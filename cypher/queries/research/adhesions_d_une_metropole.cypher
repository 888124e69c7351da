// titre: Adhésions d'une métropole au fil des années
// description: Chronologie de l'adhésion d'une métropole à chaque groupe : pour chaque année où le groupe
// description: avait des membres connus, si la métropole en faisait partie, et les documents qui l'attestent.
// param: metropole (string, défaut: "brest") — identifiant de la métropole (brest, bordeaux, grenoble-alpes…)
// colonne: annee — année
// colonne: groupe — identifiant du groupe
// colonne: membre — vrai si la métropole était membre cette année-là
// colonne: sources — titres des documents qui attestent l'adhésion
MATCH (:Metropolis)-[any:MEMBER_OF]->(g:Group)
WITH DISTINCT g, any.year AS annee
MATCH (m:Metropolis {id: $metropole})
OPTIONAL MATCH (m)-[r:MEMBER_OF {year: annee}]->(g)
OPTIONAL MATCH (d:Document {id: r.source})
WITH annee, g, collect(DISTINCT d.title) AS sources, count(r) > 0 AS membre
RETURN annee, g.id AS groupe, membre, sources
ORDER BY groupe, annee
