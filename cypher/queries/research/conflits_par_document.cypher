// titre: Conflits relevés, document par document
// description: Ce que le chargement a remarqué et tranché (année contredite par le texte, graphies fusionnées),
// description: pour chaque document, avec la décision prise et le passage qui l'a motivée.
// param: type (string, défaut: null) — type de conflit (year_conflict, name_variant…) ; tous si vide
// colonne: document — titre du document
// colonne: annee — année retenue pour le document
// colonne: type — type de conflit
// colonne: sujet — identifiant de ce qui est en cause
// colonne: description — description en français
// colonne: resolution — décision prise
// colonne: passage — passage qui l'a motivée
MATCH (c:Conflict)
WHERE $type IS NULL OR c.type = $type
OPTIONAL MATCH (d:Document {id: c.source})
RETURN d.title AS document, d.year AS annee, c.type AS type, c.subject AS sujet, c.description AS description,
       c.resolution AS resolution, c.evidence AS passage
ORDER BY annee, document, type, sujet
