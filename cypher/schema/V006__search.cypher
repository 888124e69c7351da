// Full-text index of the global search (GET /api/search): names, short names, titles and
// every spelling seen of people, metropolises, organisations, meetings, themes and documents.
// The standard-folding analyzer lowercases and folds accents, so "celine" finds "Céline".
// Idempotent: applied at every start-up.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Person|Metropolis|Organization|Meeting|Theme|Document) ON EACH [n.name, n.shortName, n.title, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
