// titre: Personnes écrites de plusieurs façons
// description: Les personnes dont le nom apparaît sous plusieurs graphies (majuscules, fautes de frappe,
// description: civilités), avec les graphies et les documents où elles apparaissent.
// colonne: personne — nom retenu
// colonne: id — identifiant
// colonne: graphies — toutes les graphies vues
// colonne: documents — titres des documents où la personne est mentionnée
MATCH (p:Person)
WHERE size(p.aliases) > 1
OPTIONAL MATCH (p)-[:MENTIONED_IN]->(d:Document)
RETURN p.name AS personne, p.id AS id, p.aliases AS graphies, collect(DISTINCT d.title) AS documents
ORDER BY personne
