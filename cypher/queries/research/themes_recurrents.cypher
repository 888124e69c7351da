// titre: Thèmes qui reviennent d'une année sur l'autre
// description: Les thèmes travaillés en séance ou annoncés dans les perspectives d'un résumé, sur plusieurs
// description: années : l'année d'une séance, ou celle du document qui annonce le thème pour l'année suivante.
// param: minimum (integer, défaut: 2) — nombre minimal d'années distinctes
// colonne: theme — nom du thème
// colonne: annees — années distinctes où le thème apparaît
// colonne: seances — nombre de séances sur ce thème
// colonne: annonces — nombre d'annonces du thème dans les perspectives
MATCH (t:Theme)
OPTIONAL MATCH (s:Meeting)-[:ABOUT]->(t)
WITH t, collect(DISTINCT s) AS sessions
OPTIONAL MATCH (:Group)-[p:PLANNED]->(t)
OPTIONAL MATCH (d:Document {id: p.source})
WITH t, sessions, collect(DISTINCT d.year) AS announced, count(DISTINCT p) AS annonces
WITH t, sessions, annonces, [s IN sessions | s.year] + announced AS years
UNWIND years AS year
WITH t, sessions, annonces, year ORDER BY year
WITH t, sessions, annonces, collect(DISTINCT year) AS annees
WHERE size(annees) >= $minimum
RETURN t.name AS theme, annees AS annees, size(sessions) AS seances, annonces
ORDER BY size(annees) DESC, theme
