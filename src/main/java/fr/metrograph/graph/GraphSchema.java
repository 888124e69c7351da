package fr.metrograph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import fr.metrograph.cypher.CypherQueries;

/**
 * Applies {@code cypher/schema/V*.cypher} in version order before the service takes
 * requests. Every statement is {@code IF NOT EXISTS}, so applying them at each start is
 * idempotent and needs no bookkeeping in the graph.
 */
@Component
public class GraphSchema implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	private final Driver driver;

	private final CypherQueries queries;

	private final StoreReadiness readiness;

	GraphSchema(Driver driver, CypherQueries queries, StoreReadiness readiness) {
		this.driver = driver;
		this.queries = queries;
		this.readiness = readiness;
	}

	@Override
	public void afterSingletonsInstantiated() {
		apply();
	}

	/** Applies every schema script; returns the number of statements run. */
	public int apply() {
		int count = 0;
		try (var session = this.driver.session()) {
			for (Map.Entry<String, String> script : this.queries.schemaScripts()) {
				for (String statement : statements(script.getValue())) {
					session.run(statement).consume();
					count++;
				}
				log.debug("Applied schema script {}", script.getKey());
			}
			session.run("CALL db.awaitIndexes(60)").consume();
		}
		log.info("Graph schema applied: {} statements from {} scripts", count, this.queries.schemaScripts().size());
		this.readiness.schemaApplied();
		return count;
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
