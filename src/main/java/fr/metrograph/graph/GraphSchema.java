package fr.metrograph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import fr.metrograph.cypher.CypherQueries;

/**
 * Applies {@code cypher/schema/V*.cypher} in version order before the service takes
 * requests. Every statement is {@code IF NOT EXISTS}, so applying them is idempotent; but
 * it costs seconds at every start (each statement is parsed, planned and checked), so the
 * latest script's name and a checksum of all of them are kept on the {@code GraphState}
 * node, and a start whose scripts match skips them. Changing or adding a script changes
 * the checksum; removing {@code GraphState.schemaChecksum} forces a full pass.
 */
@Component
public class GraphSchema implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	private final Driver driver;

	private final CypherQueries queries;

	private final StoreReadiness readiness;

	private final ObjectProvider<EmbeddedNeo4jStarter> starter;

	GraphSchema(Driver driver, CypherQueries queries, StoreReadiness readiness,
			ObjectProvider<EmbeddedNeo4jStarter> starter) {
		this.driver = driver;
		this.queries = queries;
		this.readiness = readiness;
		this.starter = starter;
	}

	@Override
	public void afterSingletonsInstantiated() {
		apply();
	}

	/**
	 * Applies every schema script unless they are current; returns the statements run.
	 */
	public int apply() {
		long start = System.nanoTime();
		List<Map.Entry<String, String>> scripts = this.queries.schemaScripts();
		String latest = scripts.isEmpty() ? "" : scripts.get(scripts.size() - 1).getKey();
		String checksum = checksum(scripts);
		// A new embedded store gets its schema on the database's start thread
		// (FreshStoreSchema): wait for it, then find it current below.
		EmbeddedNeo4jStarter embedded = this.starter.getIfAvailable();
		boolean early = embedded != null && embedded.awaitFreshSchema();
		try (var session = this.driver.session()) {
			var stored = session.executeRead((tx) -> tx.run(this.queries.get("graph/schema_version")).single());
			if (latest.equals(stored.get("version").asString(null))
					&& checksum.equals(stored.get("checksum").asString(null))) {
				log.info(
						early ? "Start-up phase: graph schema {} applied at the store's first start beside Spring, "
								+ "waited for in {} ms"
								: "Start-up phase: graph schema {} is current, skipped in {} ms",
						latest, (System.nanoTime() - start) / 1_000_000);
				this.readiness.schemaApplied();
				return 0;
			}
		}
		int count = 0;
		try (var session = this.driver.session()) {
			for (Map.Entry<String, String> script : scripts) {
				for (String statement : statements(script.getValue())) {
					session.run(statement).consume();
					count++;
				}
				log.debug("Applied schema script {}", script.getKey());
			}
			session.run("CALL db.awaitIndexes(60)").consume();
			session.executeWriteWithoutResult((tx) -> tx
				.run(this.queries.get("graph/store_schema_version"), Map.of("version", latest, "checksum", checksum))
				.consume());
		}
		log.info("Start-up phase: graph schema applied, {} statements from {} scripts in {} ms", count, scripts.size(),
				(System.nanoTime() - start) / 1_000_000);
		this.readiness.schemaApplied();
		return count;
	}

	static String checksum(List<Map.Entry<String, String>> scripts) {
		try {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, String> script : scripts) {
				digest.update((script.getKey() + "\n" + script.getValue() + "\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Splits a script into statements on {@code ;} at line ends, dropping {@code //}
	 * comment lines. Also used by the tests to load their Cypher fixtures.
	 */
	public static List<String> statements(String script) {
		String withoutComments = script.lines()
			.filter((line) -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter((statement) -> !statement.isEmpty())
			.toList();
	}

}
