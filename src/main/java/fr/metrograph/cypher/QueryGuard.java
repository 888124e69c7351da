package fr.metrograph.cypher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;

/**
 * Decides from the plan of {@code EXPLAIN <query>} whether a researcher's query may run.
 * Neo4j's own planner is the parser, so comments, string literals, unusual spacing or
 * keywords hidden in subqueries cannot fool the check the way a text scan could.
 *
 * <p>
 * Refused, in this order: {@code LOAD CSV} (reads files on the server); {@code CALL { … }
 * IN TRANSACTIONS} (commits on its own); procedure calls that are not on the allow-list,
 * and every {@code dbms.*} procedure; {@code SHOW} commands other than
 * {@code SHOW INDEXES}, {@code SHOW CONSTRAINTS}, {@code SHOW PROCEDURES} and
 * {@code SHOW FUNCTIONS} (the others show settings, transactions or users, or terminate
 * transactions); then anything whose query type is not {@code READ_ONLY} or whose plan
 * holds a write operator ({@code CREATE}, {@code MERGE}, {@code SET}, {@code DELETE},
 * {@code REMOVE}, {@code FOREACH}) or a schema command. Cost: one walk of the plan tree.
 */
final class QueryGuard {

	/** SHOW commands that only read the schema or the list of callables. */
	private static final Set<String> ALLOWED_SHOW = Set.of("ShowIndexes", "ShowConstraints", "ShowProcedures",
			"ShowFunctions");

	private final Set<String> allowedProcedures;

	/**
	 * @param allowedProcedures exact procedure names that may be called
	 */
	QueryGuard(List<String> allowedProcedures) {
		this.allowedProcedures = Set.copyOf(allowedProcedures);
	}

	/**
	 * Refuses the query unless its plan only reads.
	 * @param queryType the query type of the EXPLAIN summary
	 * @param plan the root of its plan
	 * @throws QueryRefusedException with a French message saying why
	 */
	void check(QueryType queryType, Plan plan) {
		List<Plan> operators = new ArrayList<>();
		collect(plan, operators);
		Set<String> writes = new LinkedHashSet<>();
		String schema = null;
		for (Plan operator : operators) {
			String name = operatorName(operator);
			if (name.equals("LoadCSV")) {
				throw new QueryRefusedException("load_csv", "LOAD CSV",
						"La requête lit des fichiers (LOAD CSV) : seules les lectures du graphe sont permises.");
			}
			if (name.startsWith("Transaction")) {
				throw new QueryRefusedException("transactions", "CALL { … } IN TRANSACTIONS",
						"La requête ouvre ses propres transactions (CALL { … } IN TRANSACTIONS) : "
								+ "seules les lectures dans une transaction unique sont permises.");
			}
			if (name.equals("ProcedureCall")) {
				checkProcedure(procedureName(operator));
			}
			if ((name.startsWith("Show") && !ALLOWED_SHOW.contains(name)) || name.startsWith("Terminate")) {
				throw new QueryRefusedException("admin", name,
						"La commande d'administration (" + name + ") n'est pas permise ; seules SHOW INDEXES, "
								+ "SHOW CONSTRAINTS, SHOW PROCEDURES et SHOW FUNCTIONS le sont.");
			}
			String write = writeClause(name);
			if (write != null) {
				writes.add(write);
			}
			if (schema == null) {
				schema = schemaCommand(name);
			}
		}
		if (queryType == QueryType.SCHEMA_WRITE || schema != null) {
			String clause = (schema != null) ? schema : "schéma";
			throw new QueryRefusedException("schema", clause,
					"La requête modifie le schéma (" + clause + ") : seules les lectures sont permises.");
		}
		if (queryType != QueryType.READ_ONLY || !writes.isEmpty()) {
			String clause = writes.isEmpty() ? "écriture" : String.join(", ", writes);
			throw new QueryRefusedException("write", clause,
					"La requête modifie le graphe (" + clause + ") : seules les lectures sont permises.");
		}
	}

	private void checkProcedure(String procedure) {
		if (procedure.toLowerCase(Locale.ROOT).startsWith("dbms.")) {
			throw new QueryRefusedException("procedure", procedure, "La procédure " + procedure
					+ " n'est pas permise : les procédures d'administration (dbms.*) sont toujours refusées.");
		}
		if (!this.allowedProcedures.contains(procedure)) {
			throw new QueryRefusedException("procedure", procedure,
					"La procédure " + procedure + " n'est pas permise ; procédures autorisées : "
							+ String.join(", ", this.allowedProcedures.stream().sorted().toList()) + ".");
		}
	}

	private static void collect(Plan plan, List<Plan> into) {
		into.add(plan);
		plan.children().forEach((child) -> collect(child, into));
	}

	/** {@code "Create@neo4j"} → {@code "Create"}. */
	static String operatorName(Plan operator) {
		String type = operator.operatorType();
		int at = type.indexOf('@');
		return (at < 0) ? type : type.substring(0, at);
	}

	/**
	 * The procedure a {@code ProcedureCall} operator calls, from its signature
	 * ({@code db.labels() :: (label :: STRING)}) or its details.
	 */
	static String procedureName(Plan operator) {
		for (String key : List.of("Signature", "Details")) {
			Value value = operator.arguments().get(key);
			if (value != null && !value.isNull()) {
				String text = value.asString().strip();
				int paren = text.indexOf('(');
				return ((paren < 0) ? text : text.substring(0, paren)).strip();
			}
		}
		return "inconnue";
	}

	/** The Cypher clause a write operator comes from, or null when it does not write. */
	static String writeClause(String operator) {
		if (operator.equals("Foreach") || operator.equals("ForeachApply")) {
			return "FOREACH";
		}
		if (operator.startsWith("Merge") || operator.contains("Merge")) {
			return "MERGE";
		}
		if (operator.startsWith("Create") && !isSchemaOperator(operator)) {
			return "CREATE";
		}
		if (operator.startsWith("Set")) {
			return "SET";
		}
		if (operator.contains("Delete") && !isSchemaOperator(operator)) {
			return "DELETE";
		}
		if (operator.startsWith("Remove")) {
			return "REMOVE";
		}
		return null;
	}

	/**
	 * {@code CreateIndex} → {@code CREATE INDEX}, {@code DropConstraint} →
	 * {@code DROP CONSTRAINT}.
	 */
	static String schemaCommand(String operator) {
		if (!isSchemaOperator(operator)) {
			return null;
		}
		String verb = operator.startsWith("Create") ? "CREATE" : "DROP";
		String what = operator.contains("Index") ? "INDEX" : "CONSTRAINT";
		return verb + " " + what;
	}

	private static boolean isSchemaOperator(String operator) {
		return (operator.startsWith("Create") || operator.startsWith("Drop") || operator.startsWith("DoNothingIf"))
				&& (operator.contains("Index") || operator.contains("Constraint"));
	}

}
