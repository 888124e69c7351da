// titre: Plus courte chaîne de co-présence entre deux personnes
// description: La plus courte suite de réunions qui relie deux personnes, chaque maillon étant une présence
// description: effective (statut present) à une même réunion ou séance.
// param: de (string, défaut: "christelle-scuotto-calvez") — identifiant de la première personne
// param: vers (string, défaut: "yohan-le-cocq") — identifiant de la seconde personne
// colonne: longueur — nombre de réunions sur la chaîne
// colonne: chaine — personnes et réunions, dans l'ordre
MATCH (a:Person {id: $de}), (b:Person {id: $vers})
MATCH p = shortestPath((a)-[:ATTENDED*..12]-(b))
WHERE all(r IN relationships(p) WHERE r.status = 'present')
RETURN length(p) / 2 AS longueur, [n IN nodes(p) | coalesce(n.name, n.title)] AS chaine
