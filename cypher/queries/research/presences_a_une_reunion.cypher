// titre: Présents et excusés d'une réunion
// description: Pour une réunion, le nombre de personnes présentes et excusées (chaque personne comptée une
// description: fois, même si elle y avait plusieurs qualités) et leurs noms.
// param: reunion (string, défaut: "elus-meeting-2022-05-05") — identifiant de la réunion
// colonne: statut — present ou excused
// colonne: nombre — nombre de personnes distinctes
// colonne: personnes — leurs noms, par ordre alphabétique
MATCH (p:Person)-[a:ATTENDED]->(:Meeting {id: $reunion})
WITH a.status AS statut, p ORDER BY p.name
WITH statut, collect(DISTINCT p.name) AS personnes
RETURN statut, size(personnes) AS nombre, personnes
ORDER BY statut DESC
