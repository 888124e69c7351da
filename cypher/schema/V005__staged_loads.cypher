// Staged loads (files too large for one transaction) and their batches, found by id.
// Idempotent: applied at every start-up.
CREATE CONSTRAINT pending_load_id IF NOT EXISTS FOR (n:PendingLoad) REQUIRE n.id IS UNIQUE;
CREATE INDEX pending_batch_load IF NOT EXISTS FOR (n:PendingBatch) ON (n.load);
