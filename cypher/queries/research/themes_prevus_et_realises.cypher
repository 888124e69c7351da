// titre: Thèmes annoncés et thèmes réellement traités
// description: Chaque thème annoncé dans les perspectives d'un résumé (« Et pour 2025 ? ») et, pour l'année
// description: annoncée, les séances du même groupe sur ce thème : réalisé ou non.
// colonne: annonce_dans — année du document qui annonce le thème
// colonne: pour_annee — année pour laquelle il est annoncé
// colonne: groupe — identifiant du groupe
// colonne: theme — nom du thème
// colonne: realise — vrai si une séance du groupe a porté sur ce thème cette année-là
// colonne: seances — titres de ces séances
MATCH (g:Group)-[p:PLANNED]->(t:Theme)
OPTIONAL MATCH (d:Document {id: p.source})
OPTIONAL MATCH (s:Meeting {year: p.forYear})-[:ABOUT]->(t)
WHERE EXISTS { (s)-[:OF_GROUP]->(g) }
WITH d, p, g, t, collect(DISTINCT s.title) AS seances
RETURN d.year AS annonce_dans, p.forYear AS pour_annee, g.id AS groupe, t.name AS theme,
       size(seances) > 0 AS realise, seances
ORDER BY pour_annee, theme
