// titre: Qui a présenté sur un thème
// description: Les métropoles dont l'exemple a été présenté lors d'un retour d'expérience ou d'une séance sur
// description: un thème (recherché dans l'identifiant ou le nom du thème, sans tenir compte de la casse).
// param: theme (string, défaut: "ccspl") — identifiant ou partie du nom du thème
// colonne: annee — année de la séance
// colonne: theme — nom du thème
// colonne: seance — titre de la séance
// colonne: metropole — nom court de la métropole présentatrice
// colonne: passage — passage du document qui l'atteste
MATCH (s:Meeting)-[:ABOUT]->(t:Theme)
WHERE t.id = $theme OR toLower(t.name) CONTAINS toLower($theme)
MATCH (m)-[p:PARTICIPATED_IN {as: 'presenter'}]->(s)
RETURN s.year AS annee, t.name AS theme, s.title AS seance, coalesce(m.shortName, m.name) AS metropole,
       p.evidence AS passage
ORDER BY annee, seance, metropole
