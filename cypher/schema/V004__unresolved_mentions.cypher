// Uniqueness of the mentions the extractor could not attach to one entity.
// Idempotent: applied at every start-up.
CREATE CONSTRAINT unresolved_mention_id IF NOT EXISTS FOR (n:UnresolvedMention) REQUIRE n.id IS UNIQUE;
