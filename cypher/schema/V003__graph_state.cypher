// The single GraphState node holds the content version that caches key on.
// Idempotent: applied at every start-up.
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;
