package fr.metrograph.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.metrograph.cypher.CypherQueries;

/**
 * The schema of an embedded store's first start (the store directory did not exist),
 * applied in-process on the database's start thread as soon as the database runs, while
 * Spring is still starting, instead of by {@link GraphSchema} on the main thread once
 * every bean is made (4–6 s of a first start, on its critical path). The statements and
 * the record of what was applied are {@link GraphSchema}'s, so that it finds the schema
 * current and skips it; it waits for this step first ({@link EmbeddedNeo4jStarter}).
 * <p>
 * All the statements run in one transaction (on an empty store every index comes online
 * at once), then the indexes are awaited, as {@link GraphSchema} does. Applying it here
 * also comes before the start's Cypher warm-up, whose plans a schema change would
 * otherwise discard. Nothing depends on it succeeding: on any failure {@link GraphSchema}
 * applies the scripts itself (they are idempotent).
 */
final class FreshStoreSchema {

	private static final Logger log = LoggerFactory.getLogger(FreshStoreSchema.class);

	private FreshStoreSchema() {
	}

	/**
	 * Applies the schema scripts under {@code location} to {@code database} and records
	 * them.
	 * @param database the new store's database
	 * @param location base location of the {@code cypher/} tree
	 * ({@code app.cypher.location})
	 * @return whether it was applied (false: {@link GraphSchema} will)
	 */
	static boolean apply(GraphDatabaseService database, String location) {
		long start = System.nanoTime();
		try {
			CypherQueries queries = CypherQueries.at(location);
			List<Map.Entry<String, String>> scripts = queries.schemaScripts();
			if (scripts.isEmpty()) {
				return false;
			}
			int count = 0;
			try (Transaction tx = database.beginTx()) {
				for (Map.Entry<String, String> script : scripts) {
					for (String statement : GraphSchema.statements(script.getValue())) {
						tx.execute(statement).close();
						count++;
					}
				}
				tx.commit();
			}
			database.executeTransactionally("CALL db.awaitIndexes(60)");
			database.executeTransactionally(queries.get("graph/store_schema_version"), Map.of("version",
					scripts.get(scripts.size() - 1).getKey(), "checksum", GraphSchema.checksum(scripts)));
			log.info("Start-up phase: first start, graph schema applied in-process, {} statements from {} scripts "
					+ "in {} ms", count, scripts.size(), (System.nanoTime() - start) / 1_000_000);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("The first start's schema could not be applied early; it will be applied once Spring has "
					+ "started", ex);
			return false;
		}
	}

}
