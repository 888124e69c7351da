package fr.metrograph.cypher;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Neo4j's English error messages about a researcher's query into French, with the
 * position in the text the researcher wrote. The runner plans {@code "EXPLAIN " + query},
 * so Neo4j's positions on the first line, and its offsets, are 8 characters too far, and
 * the line it quotes starts with {@code EXPLAIN}: both are corrected. The most common
 * messages are translated; others keep Neo4j's wording inside a French sentence.
 */
final class CypherErrors {

	/** The text the runner puts in front of the query to plan it. */
	static final String EXPLAIN_PREFIX = "EXPLAIN ";

	private static final Pattern POSITION = Pattern
		.compile("\\s*\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");

	private static final List<String[]> TRANSLATIONS = List.of(
			new String[] { "^Invalid input '(.*)': expected (.*)$", "entrée inattendue « $1 » ; attendu : $2" },
			new String[] { "^Invalid input '(.*)'$", "entrée inattendue « $1 »" },
			new String[] { "^Variable `(.*)` not defined$", "la variable « $1 » n'est pas définie" },
			new String[] { "^Unknown function '(.*)'.*$", "fonction inconnue « $1 »" },
			new String[] { "^Type mismatch: expected (.*) but was (.*)$",
					"type inattendu : il faut $1, la valeur est $2" },
			new String[] { "^Expected parameter\\(s\\): (.*)$", "paramètre(s) manquant(s) : $1" });

	private CypherErrors() {
	}

	/**
	 * A position in the researcher's text.
	 *
	 * @param line the line, from 1
	 * @param column the column, from 1
	 */
	record Position(int line, int column) {
	}

	/**
	 * A French message for a syntax or semantic error.
	 * @param neo4jMessage Neo4j's message (may quote the line and point at the column)
	 * @param query the researcher's query, as sent to Neo4j without the prefix
	 * @param prefixed whether Neo4j saw it with {@link #EXPLAIN_PREFIX} in front
	 * @return the French message and the position, when Neo4j gave one
	 */
	static Translated syntax(String neo4jMessage, String query, boolean prefixed) {
		String first = (neo4jMessage == null) ? "" : neo4jMessage.lines().findFirst().orElse("").strip();
		Position position = null;
		Matcher at = POSITION.matcher(first);
		if (at.find()) {
			int line = Integer.parseInt(at.group(1));
			int column = Integer.parseInt(at.group(2));
			if (prefixed && line == 1) {
				column = Math.max(1, column - EXPLAIN_PREFIX.length());
			}
			position = new Position(line, column);
			first = first.substring(0, at.start()).strip();
		}
		String french = translate(first);
		StringBuilder message = new StringBuilder("Erreur dans la requête");
		if (position != null) {
			message.append(" (ligne ")
				.append(position.line())
				.append(", colonne ")
				.append(position.column())
				.append(')');
		}
		message.append(" : ").append(french).append('.');
		if (position != null) {
			String[] lines = query.split("\n", -1);
			if (position.line() <= lines.length) {
				String line = lines[position.line() - 1];
				message.append('\n')
					.append(line)
					.append('\n')
					.append(" ".repeat(Math.min(position.column() - 1, line.length())))
					.append('^');
			}
		}
		return new Translated(message.toString(), position);
	}

	/**
	 * A French message and where the error is.
	 *
	 * @param message the message
	 * @param position the position in the researcher's text, or null
	 */
	record Translated(String message, Position position) {
	}

	/** What Neo4j's parser lists as expected, in French. */
	private static final List<String[]> TOKENS = List.of(new String[] { "an expression", "une expression" },
			new String[] { "a parameter", "un paramètre" }, new String[] { "an identifier", "un identifiant" },
			new String[] { "a string", "une chaîne" }, new String[] { "an integer value", "un entier" },
			new String[] { "a node label", "une étiquette de nœud" },
			new String[] { "a relationship type", "un type de relation" },
			new String[] { "a variable name", "un nom de variable" }, new String[] { "<EOF>", "la fin de la requête" },
			new String[] { "' or '", "' ou '" }, new String[] { " or ", " ou " });

	private static String tokens(String text) {
		String french = text;
		for (String[] token : TOKENS) {
			french = french.replace(token[0], token[1]);
		}
		return french;
	}

	static String translate(String english) {
		String text = english.endsWith(".") ? english.substring(0, english.length() - 1) : english;
		for (String[] translation : TRANSLATIONS) {
			Matcher matcher = Pattern.compile(translation[0]).matcher(text);
			if (matcher.matches()) {
				return tokens(matcher.replaceAll(translation[1]));
			}
		}
		return "Neo4j indique « " + text + " »";
	}

}
