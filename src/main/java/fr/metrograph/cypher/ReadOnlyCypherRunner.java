package fr.metrograph.cypher;

import java.util.ArrayList;
import java.util.List;
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
 * Runs a researcher's Cypher, ad hoc or from the research library, with three lines of
 * defence against writes: the plan of {@code EXPLAIN} is checked by {@link QueryGuard};
 * the query then runs in a session and transaction opened in {@link AccessMode#READ},
 * which the server enforces; and that transaction is always rolled back, never committed.
 * The transaction has a timeout ({@code app.cypher.timeout}) and at most
 * {@code app.cypher.max-rows} rows are read. Values are made readable by
 * {@link CypherValues}.
 */
@Component
public class ReadOnlyCypherRunner {

	private static final Logger log = LoggerFactory.getLogger(ReadOnlyCypherRunner.class);

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	private final CypherProperties properties;

	private final QueryGuard guard;

	ReadOnlyCypherRunner(Driver driver, CypherProperties properties) {
		this.driver = driver;
		this.properties = properties;
		this.guard = new QueryGuard(properties.allowedProcedures());
	}

	/**
	 * Checks and runs a query.
	 * @param query the Cypher statement (one statement, no trailing semicolon needed)
	 * @param parameters its parameters (may be empty)
	 * @return columns, readable rows, whether they were cut, time taken
	 * @throws QueryRefusedException when the query would write or is not allowed
	 * @throws InvalidCypherException on a syntax, parameter or type error
	 * @throws CypherTimeoutException when the timeout is reached
	 */
	public CypherResult run(String query, Map<String, Object> parameters) {
		String statement = strip(query);
		if (statement.isEmpty()) {
			throw new InvalidCypherException("La requête est vide.", null);
		}
		Map<String, Object> params = (parameters != null) ? parameters : Map.of();
		long start = System.nanoTime();
		TransactionConfig config = TransactionConfig.builder().withTimeout(this.properties.timeout()).build();
		try (Session session = this.driver.session(READ)) {
			// EXPLAIN is a keyword in front of the researcher's text, not a value spliced
			// into it: the text is planned, never executed, and values stay parameters.
			ResultSummary plan;
			try (Transaction tx = session.beginTransaction(config)) {
				plan = tx.run("EXPLAIN " + statement, params).consume();
			}
			this.guard.check(plan.queryType(), plan.plan());
			try (Transaction tx = session.beginTransaction(config)) {
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
			throw translate(ex);
		}
	}

	private static List<Object> row(Record record) {
		List<Object> row = new ArrayList<>(record.size());
		record.values().forEach((value) -> row.add(CypherValues.readable(value)));
		return row;
	}

	private RuntimeException translate(Neo4jException ex) {
		String code = (ex.code() != null) ? ex.code() : "";
		if (code.contains("TransactionTimedOut") || code.endsWith("Transaction.TransactionTimedOut")
				|| (code.contains("Terminated") && ex.getMessage() != null
						&& ex.getMessage().toLowerCase().contains("timeout"))) {
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
		if (ex instanceof ClientException) {
			return new InvalidCypherException(ex.getMessage(), ex.code());
		}
		return ex;
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
