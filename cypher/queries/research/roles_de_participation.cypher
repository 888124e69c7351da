// titre: Personnes ayant un rôle de participation, par métropole et par année
// description: Les personnes qui ont occupé un rôle lié à la participation citoyenne (intitulé mentionnant
// description: participation, dialogue citoyen, démocratie, concertation ou citoyenneté), par métropole et par année.
// param: annee (integer, défaut: null) — année ; toutes les années si vide
// colonne: annee — année où le rôle est attesté
// colonne: metropole — nom court de la métropole (ou nom de l'organisme)
// colonne: personne — nom de la personne
// colonne: role — intitulé du rôle
// colonne: categorie — elected, staff ou other
MATCH (p:Person)-[h:HELD]->(r:Role)-[:AT]->(body)
WHERE ($annee IS NULL OR h.year = $annee)
  AND toLower(r.title) =~ '.*(particip|dialogue|démocratie|democratie|concertation|citoyen).*'
RETURN DISTINCT h.year AS annee, coalesce(body.shortName, body.name) AS metropole, p.name AS personne,
       r.title AS role, r.category AS categorie
ORDER BY annee, metropole, personne
