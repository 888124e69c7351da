// titre: Présents aux réunions des deux groupes
// description: Les personnes et les métropoles présentes (comme participantes, présentatrices ou hôtes) à des
// description: réunions du groupe des agent·es et à des réunions du groupe des élu·es.
// colonne: type — Person ou Metropolis
// colonne: id — identifiant
// colonne: nom — nom de la personne ou nom court de la métropole
// colonne: groupes — identifiants des groupes
// colonne: reunions — nombre de réunions ou séances
MATCH (x)-[r:ATTENDED|PARTICIPATED_IN]->(mt:Meeting)-[:OF_GROUP]->(g:Group)
WHERE coalesce(r.status, 'present') = 'present'
WITH x, collect(DISTINCT g.id) AS groupes, count(DISTINCT mt) AS reunions
WHERE size(groupes) >= 2
RETURN labels(x)[0] AS type, x.id AS id, coalesce(x.shortName, x.name) AS nom, groupes, reunions
ORDER BY type, nom
