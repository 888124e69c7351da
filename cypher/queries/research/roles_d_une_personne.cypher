// titre: Rôles d'une personne au fil du temps
// description: Les intitulés qu'une personne a portés, année par année, avec l'organisme et la source :
// description: pour suivre ses changements de fonction.
// param: personne (string, obligatoire) — identifiant de la personne (christelle-scuotto-calvez…)
// colonne: annee — année où le rôle est attesté
// colonne: role — intitulé
// colonne: categorie — elected, staff ou other
// colonne: organisme — métropole ou organisme
// colonne: document — titre du document source
// colonne: passage — passage cité
MATCH (p:Person {id: $personne})-[h:HELD]->(r:Role)
OPTIONAL MATCH (r)-[:AT]->(body)
OPTIONAL MATCH (d:Document {id: h.source})
RETURN h.year AS annee, r.title AS role, r.category AS categorie, coalesce(body.shortName, body.name) AS organisme,
       d.title AS document, h.evidence AS passage
ORDER BY annee, role
