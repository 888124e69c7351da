// titre: Métropoles qui ont présenté avec une métropole donnée
// description: Les métropoles qui ont partagé au moins une séance de retour d'expérience avec la métropole
// description: donnée (présentation commune), avec le nombre de séances et leurs thèmes.
// param: metropole (string, défaut: "bordeaux") — identifiant de la métropole
// colonne: partenaire — nom court de la métropole partenaire
// colonne: seances — nombre de séances présentées ensemble
// colonne: themes — titres des séances communes
MATCH (m:Metropolis {id: $metropole})-[:PARTICIPATED_IN {as: 'presenter'}]->(s:Meeting)
      <-[:PARTICIPATED_IN {as: 'presenter'}]-(other:Metropolis)
WHERE other <> m
WITH other, collect(DISTINCT s) AS sessions
RETURN other.shortName AS partenaire, size(sessions) AS seances,
       [s IN sessions | s.title + ' (' + toString(s.year) + ')'] AS themes
ORDER BY seances DESC, partenaire
