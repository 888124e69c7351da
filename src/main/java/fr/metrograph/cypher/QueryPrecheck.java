package fr.metrograph.cypher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before Neo4j plans it, a researcher's query that could not be stopped once
 * started: too long ({@code app.cypher.max-length}), too deeply nested
 * ({@code app.cypher.max-expression-depth}, see {@link QueryShape#expressionDepth()}), or
 * enumerating more values with {@code range()} than {@code app.cypher.max-range-values}
 * (the product of the sizes of every {@code range()} whose bounds are literals or
 * parameters). Also names administration commands ({@code SHOW USERS},
 * {@code SHOW DATABASES}, {@code CREATE USER}…) for what they are. Messages are French
 * and say which limit was met and how to stay under it. Cost: one pass over the text.
 */
final class QueryPrecheck {

	private static final Set<String> ADMIN_VERBS = Set.of("SHOW", "CREATE", "DROP", "ALTER", "RENAME", "GRANT", "DENY",
			"REVOKE", "START", "STOP", "TERMINATE", "ENABLE", "DEALLOCATE", "REALLOCATE", "DRYRUN");

	private static final Set<String> READ_ONLY_SHOW = Set.of("INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS",
			"PROCEDURE", "PROCEDURES", "FUNCTION", "FUNCTIONS", "RANGE", "TEXT", "POINT", "FULLTEXT", "LOOKUP",
			"VECTOR", "ALL", "BUILT", "USER", "UNIQUE", "EXISTENCE", "NODE", "RELATIONSHIP", "REL", "KEY", "PROPERTY");

	private final CypherProperties properties;

	QueryPrecheck(CypherProperties properties) {
		this.properties = properties;
	}

	/**
	 * Checks a query.
	 * @param query the statement, trimmed
	 * @param parameters its parameters
	 * @throws QueryRefusedException with a French explanation
	 */
	void check(String query, Map<String, Object> parameters) {
		if (query.length() > this.properties.maxLength()) {
			throw new QueryRefusedException("length", "longueur",
					String.format(Locale.FRENCH,
							"La requête fait %,d caractères, au-delà de la limite de %,d (app.cypher.max-length) : "
									+ "raccourcissez-la, ou passez les longues listes de valeurs en paramètres.",
							query.length(), this.properties.maxLength()));
		}
		QueryShape shape = QueryShape.of(query);
		admin(shape.leadingWords());
		if (shape.expressionDepth() > this.properties.maxExpressionDepth()) {
			throw new QueryRefusedException("depth", "imbrication", "La requête imbrique trop d'expressions "
					+ "(profondeur estimée " + shape.expressionDepth() + ", limite "
					+ this.properties.maxExpressionDepth() + ", app.cypher.max-expression-depth) : parenthèses "
					+ "ou opérateurs enchaînés (1 + 1 + …, a AND b AND …) en trop grand nombre. "
					+ "Découpez-la avec WITH, ou remplacez les longues chaînes par une liste et any()/all()/reduce().");
		}
		long values = 1;
		for (QueryShape.Range range : shape.ranges()) {
			long size = range.size(parameters);
			if (size < 0) {
				continue;
			}
			values = (size == 0 || values <= Long.MAX_VALUE / Math.max(1, size)) ? values * size : Long.MAX_VALUE;
			if (values > this.properties.maxRangeValues()) {
				throw new QueryRefusedException("range", "range()", String.format(Locale.FRENCH,
						"La requête énumère %s valeurs avec range(%s), au-delà de la "
								+ "limite de %,d (app.cypher.max-range-values) : un tel calcul ne peut pas être "
								+ "interrompu une fois lancé. Réduisez l'intervalle.",
						(values == Long.MAX_VALUE) ? "plus de 9 × 10^18" : String.format(Locale.FRENCH, "%,d", values),
						String.join(", ", range.arguments()), this.properties.maxRangeValues()));
			}
		}
	}

	/** Administration commands, refused by name before planning. */
	private static void admin(List<String> words) {
		if (words.isEmpty() || !ADMIN_VERBS.contains(words.get(0))) {
			return;
		}
		String verb = words.get(0);
		String object = (words.size() > 1) ? words.get(1) : "";
		String command = String.join(" ", words.subList(0, Math.min(words.size(), 2)));
		String third = (words.size() > 2) ? words.get(2) : "";
		boolean readOnlyShow = switch (object) {
			case "USER" -> third.equals("DEFINED");
			case "ALL" ->
				Set.of("INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTIONS", "PROCEDURES").contains(third);
			default -> READ_ONLY_SHOW.contains(object);
		};
		if (verb.equals("SHOW") && readOnlyShow) {
			return;
		}
		String what = switch (object) {
			case "USERS", "USER", "CURRENT", "ROLES", "ROLE", "POPULATED", "PRIVILEGES", "PRIVILEGE" ->
				"liste ou modifie les comptes, les rôles et leurs droits";
			case "DATABASES", "DATABASE", "DEFAULT", "HOME", "ALIASES", "ALIAS", "COMPOSITE" ->
				"liste ou modifie les bases de données du serveur";
			case "SERVERS", "SERVER" -> "liste ou modifie les serveurs du cluster";
			case "TRANSACTIONS", "TRANSACTION" -> "montre ou interrompt les requêtes en cours des autres utilisateurs";
			case "SETTINGS", "SETTING" -> "montre la configuration du serveur";
			default -> null;
		};
		if (what == null && !verb.equals("SHOW") && !verb.equals("TERMINATE") && !verb.equals("GRANT")
				&& !verb.equals("DENY") && !verb.equals("REVOKE")) {
			// CREATE (n), DROP INDEX…: left to the plan-based guard, which names the
			// clause.
			return;
		}
		throw new QueryRefusedException("admin", command,
				"« " + command + " » est une commande d'administration" + ((what != null) ? " (elle " + what + ")" : "")
						+ " : elle n'est pas permise ici, où seules les lectures du graphe le sont. "
						+ "SHOW INDEXES, SHOW CONSTRAINTS, SHOW PROCEDURES et SHOW FUNCTIONS restent possibles.");
	}

}
