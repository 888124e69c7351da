// titre: Réseau de co-présentation (arêtes pour Gephi)
// description: Chaque paire de métropoles qui ont présenté ensemble lors d'au moins une séance, avec le nombre
// description: de séances communes : une liste d'arêtes pondérées à exporter en CSV vers Gephi, R ou pandas.
// param: depuis (integer, défaut: 1900) — ne compter que les séances de cette année ou après
// colonne: source — identifiant de la première métropole (ordre alphabétique)
// colonne: target — identifiant de la seconde métropole
// colonne: weight — nombre de séances présentées ensemble
MATCH (a:Metropolis)-[:PARTICIPATED_IN {as: 'presenter'}]->(s:Meeting)<-[:PARTICIPATED_IN {as: 'presenter'}]-(b:Metropolis)
WHERE a.id < b.id AND s.year >= $depuis
WITH a, b, count(DISTINCT s) AS weight
RETURN a.id AS source, b.id AS target, weight
ORDER BY weight DESC, source, target
