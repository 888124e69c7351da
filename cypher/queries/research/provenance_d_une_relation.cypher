// titre: Documents qui attestent une relation
// description: Pour une relation entre deux nœuds (par leurs identifiants), chaque document qui l'affirme,
// description: avec les lignes et le passage cité : de quoi citer la source d'un fait.
// param: type (string, défaut: "MEMBER_OF") — type de la relation (MEMBER_OF, ATTENDED, HELD, PARTICIPATED_IN…)
// param: de (string, défaut: "brest") — identifiant du nœud de départ
// param: vers (string, défaut: "agents") — identifiant du nœud d'arrivée
// colonne: relation — type de la relation
// colonne: proprietes — propriétés de la relation, sans la provenance
// colonne: document — titre du document
// colonne: annee_document — année du document
// colonne: chemin — fichier d'origine
// colonne: lignes — lignes du passage
// colonne: passage — passage cité
MATCH (a {id: $de})-[r]->(b {id: $vers})
WHERE type(r) = $type AND r.source IS NOT NULL
MATCH (d:Document {id: r.source})
RETURN type(r) AS relation,
       [k IN keys(r) WHERE NOT k IN ["source", "evidence", "lines"] | k + ": " + toString(r[k])] AS proprietes,
       d.title AS document, d.year AS annee_document, d.path AS chemin, r.lines AS lignes, r.evidence AS passage
ORDER BY annee_document, document
