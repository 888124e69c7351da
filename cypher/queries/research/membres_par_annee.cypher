// titre: Membres du groupe, année par année
// description: Pour chaque année et chaque groupe du réseau, le nombre de métropoles membres et leurs noms
// description: courts, d'après les résumés annuels (relations MEMBER_OF, dédoublonnées entre sources).
// param: groupe (string, défaut: "agents") — identifiant du groupe : agents (groupe des agent·es) ou elus
// colonne: annee — année d'adhésion
// colonne: groupe — identifiant du groupe
// colonne: nombre — nombre de métropoles membres cette année-là
// colonne: metropoles — noms courts des métropoles membres, par ordre alphabétique
MATCH (m:Metropolis)-[r:MEMBER_OF]->(g:Group {id: $groupe})
WITH r.year AS annee, g.id AS groupe, m ORDER BY m.shortName
WITH annee, groupe, collect(DISTINCT m.shortName) AS metropoles
RETURN annee, groupe, size(metropoles) AS nombre, metropoles
ORDER BY annee
