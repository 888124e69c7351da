// titre: Cabinets de conseil et métropoles accompagnées
// description: Les organismes qui ont accompagné une métropole (fiches de mission), l'année, la mission et
// description: les partenaires associés.
// colonne: cabinet — nom de l'organisme
// colonne: metropole — nom court de la métropole accompagnée
// colonne: annee — année de l'accompagnement
// colonne: mission — titre de la mission (projet), si connu
// colonne: partenaires — organismes partenaires de la mission
MATCH (o:Organization)-[a:ACCOMPANIED]->(m:Metropolis)
OPTIONAL MATCH (o)-[:DELIVERED]->(pr:Project)-[:FOR]->(m)
OPTIONAL MATCH (partner:Organization)-[:PARTNER_IN]->(pr)
WITH o, m, a, pr, partner ORDER BY partner.name
RETURN o.name AS cabinet, m.shortName AS metropole, a.year AS annee, pr.title AS mission,
       collect(DISTINCT partner.name) AS partenaires
ORDER BY annee, cabinet, metropole
