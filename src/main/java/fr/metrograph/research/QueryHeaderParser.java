package fr.metrograph.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.research.ResearchQuery.Column;
import fr.metrograph.research.ResearchQuery.Parameter;
import fr.metrograph.research.ResearchQuery.Type;

/**
 * Reads the header of a research query file: its leading {@code //} lines, each
 * {@code // key: value}, with these keys:
 *
 * <pre>
 * // titre: Adhésions d'une métropole, année par année
 * // description: … (several description lines are joined with a space)
 * // param: metropole (string, défaut: "brest") — identifiant de la métropole
 * // param: annee (integer, défaut: null) — année, ou toutes si absente
 * // param: personne (string, obligatoire) — identifiant de la personne
 * // colonne: annee — année du groupe
 * </pre>
 *
 * Types are {@code string}, {@code integer}, {@code float}, {@code boolean}; a default is
 * a double-quoted string, a number, {@code true}/{@code false} or {@code null};
 * {@code obligatoire} marks a parameter without default. The separator before a
 * description is an em dash or {@code --}. Other {@code //} lines are comments.
 */
final class QueryHeaderParser {

	private static final Pattern LINE = Pattern.compile("^//\\s*([a-zé]+)\\s*:\\s*(.*)$");

	private static final Pattern PARAM = Pattern.compile(
			"^([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*(string|integer|float|boolean)\\s*,\\s*(obligatoire|défaut\\s*:\\s*(\"[^\"]*\"|[^)]+?))\\s*\\)\\s*(?:—|--)\\s*(.+)$");

	private static final Pattern COLUMN = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*(?:—|--)\\s*(.+)$");

	private QueryHeaderParser() {
	}

	/**
	 * Parses a query file.
	 * @param name its name
	 * @param text its content
	 * @return the described query
	 * @throws IllegalStateException when the header lacks a title, a description or
	 * columns, or a line is malformed (the service then refuses to start)
	 */
	static ResearchQuery parse(String name, String text) {
		String title = null;
		StringBuilder description = new StringBuilder();
		List<Parameter> parameters = new ArrayList<>();
		List<Column> columns = new ArrayList<>();
		for (String raw : text.lines().toList()) {
			String line = raw.strip();
			if (!line.startsWith("//")) {
				break;
			}
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				continue;
			}
			String value = matcher.group(2).strip();
			switch (matcher.group(1)) {
				case "titre" -> title = value;
				case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
				case "param" -> parameters.add(parameter(name, value));
				case "colonne" -> columns.add(column(name, value));
				default -> {
					// Another key: a comment.
				}
			}
		}
		if (title == null || description.isEmpty() || columns.isEmpty()) {
			throw new IllegalStateException(
					"Research query " + name + " needs '// titre:', '// description:' and '// colonne:' header lines");
		}
		return new ResearchQuery(name, title, description.toString(), List.copyOf(parameters), List.copyOf(columns),
				text);
	}

	private static Parameter parameter(String query, String value) {
		Matcher matcher = PARAM.matcher(value);
		if (!matcher.matches()) {
			throw new IllegalStateException("Research query " + query + ": malformed '// param: " + value + "'");
		}
		Type type = Type.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
		boolean required = matcher.group(3).equals("obligatoire");
		Object defaultValue = null;
		if (!required) {
			String literal = matcher.group(4).strip();
			if (!literal.equals("null")) {
				if (literal.startsWith("\"")) {
					literal = literal.substring(1, literal.length() - 1);
				}
				try {
					defaultValue = ParameterValues.convert(type, literal);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException("Research query " + query + ": bad default in '" + value + "'", ex);
				}
			}
		}
		return new Parameter(matcher.group(1), type, required, defaultValue, matcher.group(5).strip());
	}

	private static Column column(String query, String value) {
		Matcher matcher = COLUMN.matcher(value);
		if (!matcher.matches()) {
			throw new IllegalStateException("Research query " + query + ": malformed '// colonne: " + value + "'");
		}
		return new Column(matcher.group(1), matcher.group(2).strip());
	}

}
