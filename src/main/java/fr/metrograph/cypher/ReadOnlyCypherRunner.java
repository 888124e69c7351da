package fr.metrograph.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs a researcher's Cypher, ad hoc or from the research library. Before Neo4j sees it,
 * {@link QueryPrecheck} refuses what could not be stopped once started (too long, too
 * deeply nested, too many {@code range()} values) and administration commands. It then
 * runs in one of a bounded number of slots ({@link ResearchSlots}), which give up on it
 * at the timeout plus a grace period and terminate its transaction. Three lines of
 * defence against writes: the plan of {@code EXPLAIN} is checked by {@link QueryGuard};
 * the query runs in a session and transaction opened in {@link AccessMode#READ}, which
 * the server enforces; and that transaction is always rolled back. Planning and running
 * share one timeout ({@code app.cypher.timeout}); at most {@code app.cypher.max-rows}
 * rows are read. Errors are French, with positions in the researcher's own text
 * ({@link CypherErrors}). Values are made readable by {@link CypherValues}.
 */
@Component
public class ReadOnlyCypherRunner {

	private static final Logger log = LoggerFactory.getLogger(ReadOnlyCypherRunner.class);

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	private final CypherProperties properties;

	private final QueryGuard guard;

	private final QueryPrecheck precheck;

	private final ResearchSlots slots;

	ReadOnlyCypherRunner(Driver driver, CypherProperties properties, ResearchSlots slots) {
		this.driver = driver;
		this.properties = properties;
		this.guard = new QueryGuard(properties.allowedProcedures());
		this.precheck = new QueryPrecheck(properties);
		this.slots = slots;
	}

	/**
	 * Checks and runs a query.
	 * @param query the Cypher statement (one statement, no trailing semicolon needed)
	 * @param parameters its parameters (may be empty)
	 * @return columns, readable rows, whether they were cut, time taken
	 * @throws QueryRefusedException when the query would write, is not allowed, or is
	 * beyond the limits checked before planning
	 * @throws InvalidCypherException on a syntax, parameter or type error
	 * @throws CypherTimeoutException when the timeout is reached
	 * @throws CypherBusyException when every slot stays taken
	 * @throws CypherFailedException when Neo4j could not finish it (memory, engine error)
	 */
	public CypherResult run(String query, Map<String, Object> parameters) {
		String statement = strip(query);
		if (statement.isEmpty()) {
			throw new InvalidCypherException("La requête est vide.", null);
		}
		Map<String, Object> params = (parameters != null) ? parameters : Map.of();
		this.precheck.check(statement, params);
		return this.slots.run((id) -> execute(statement, params, id));
	}

	private CypherResult execute(String statement, Map<String, Object> params, String id) {
		long start = System.nanoTime();
		Duration timeout = this.properties.timeout();
		Map<String, Object> metadata = Map.of(ResearchSlots.METADATA_KEY, id);
		boolean planning = true;
		try (Session session = this.driver.session(READ)) {
			// EXPLAIN is a keyword in front of the researcher's text, not a value spliced
			// into it: the text is planned, never executed, and values stay parameters.
			ResultSummary plan;
			try (Transaction tx = session.beginTransaction(config(timeout, metadata))) {
				plan = tx.run(CypherErrors.EXPLAIN_PREFIX + statement, params).consume();
			}
			this.guard.check(plan.queryType(), plan.plan());
			planning = false;
			Duration left = timeout.minusNanos(System.nanoTime() - start);
			if (left.toMillis() < 1) {
				throw new CypherTimeoutException(timeout);
			}
			try (Transaction tx = session.beginTransaction(config(left, metadata))) {
				Result result = tx.run(statement, params);
				List<String> columns = result.keys();
				List<List<Object>> rows = new ArrayList<>();
				int max = this.properties.maxRows();
				while (rows.size() < max && result.hasNext()) {
					rows.add(row(result.next()));
				}
				boolean truncated = result.hasNext();
				// No commit: closing the transaction rolls it back.
				tx.rollback();
				long elapsed = (System.nanoTime() - start) / 1_000_000;
				log.debug("Research query ran in {} ms, {} rows{}", elapsed, rows.size(),
						truncated ? " (truncated)" : "");
				return new CypherResult(columns, rows, truncated, elapsed);
			}
		}
		catch (Neo4jException ex) {
			throw translate(ex, statement, planning);
		}
	}

	private static TransactionConfig config(Duration timeout, Map<String, Object> metadata) {
		return TransactionConfig.builder().withTimeout(timeout).withMetadata(metadata).build();
	}

	private static List<Object> row(Record record) {
		List<Object> row = new ArrayList<>(record.size());
		record.values().forEach((value) -> row.add(CypherValues.readable(value)));
		return row;
	}

	private RuntimeException translate(Neo4jException ex, String statement, boolean planning) {
		String code = (ex.code() != null) ? ex.code() : "";
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		String lower = message.toLowerCase(Locale.ROOT);
		if (code.contains("TransactionTimedOut") || (code.contains("Terminated") && lower.contains("timeout"))
				|| lower.contains("not completed within the timeout")) {
			return new CypherTimeoutException(this.properties.timeout());
		}
		if (code.endsWith("Statement.AccessMode")) {
			return new QueryRefusedException("write", "écriture",
					"La requête modifie le graphe : seules les lectures sont permises.");
		}
		if (code.endsWith("NotSystemDatabaseError") || code.contains("Security")) {
			return new QueryRefusedException("admin", "administration",
					"Les commandes d'administration ne sont pas permises : seules les lectures du graphe le sont.");
		}
		if (code.contains("MemoryPoolOutOfMemory") || code.contains("OutOfMemory") || lower.contains("heap space")
				|| lower.contains("not enough memory") || lower.contains("memory pool")) {
			return new CypherFailedException("memory",
					"La requête demande plus de mémoire qu'une transaction ne peut en prendre "
							+ "(db.memory.transaction.max) et a été interrompue. Agrégez plus tôt (count, collect "
							+ "sur moins de lignes), filtrez, ou ajoutez LIMIT.");
		}
		if (ex instanceof ClientException) {
			CypherErrors.Translated french = CypherErrors.syntax(message, statement, planning);
			CypherErrors.Position position = french.position();
			return new InvalidCypherException(french.message(), ex.code(), (position != null) ? position.line() : null,
					(position != null) ? position.column() : null);
		}
		log.warn("Research query failed in Neo4j ({}): {}", code, message);
		return new CypherFailedException("execution", executionMessage(message));
	}

	/** A French explanation of an engine failure, for the cases researchers meet. */
	static String executionMessage(String neo4jMessage) {
		String first = neo4jMessage.lines().findFirst().orElse("").strip();
		String lower = first.toLowerCase(Locale.ROOT);
		if (lower.contains("shortest") && (lower.contains("same") || lower.contains("start and end"))) {
			return "shortestPath() et allShortestPaths() ne peuvent pas relier un nœud à lui-même : ajoutez "
					+ "WHERE a <> b avant le MATCH du chemin (Neo4j : « " + first + " »).";
		}
		return "Neo4j n'a pas pu exécuter la requête : « " + first + " ». Vérifiez-la ou simplifiez-la.";
	}

	/** Trims whitespace and a trailing semicolon, which a single statement may carry. */
	private static String strip(String query) {
		if (query == null) {
			return "";
		}
		String text = query.strip();
		while (text.endsWith(";")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		return text;
	}

}
