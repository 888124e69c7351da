package fr.metrograph.research;

import java.util.List;

/**
 * A saved research query of {@code cypher/queries/research/}, described by the header of
 * its file.
 *
 * @param name the file name without {@code .cypher} ({@code membres_par_annee})
 * @param title French title
 * @param description French description
 * @param parameters declared parameters, in header order
 * @param columns the columns it returns, in order
 * @param cypher the statement
 */
public record ResearchQuery(String name, String title, String description, List<Parameter> parameters,
		List<Column> columns, String cypher) {

	/** The types a parameter may declare. */
	public enum Type {

		/** Text. */
		STRING,
		/** A whole number (64 bits). */
		INTEGER,
		/** A decimal number. */
		FLOAT,
		/** {@code true} or {@code false}. */
		BOOLEAN

	}

	/**
	 * A parameter of a saved query.
	 *
	 * @param name the Cypher parameter name (without {@code $})
	 * @param type its type
	 * @param required whether a value must be given (no default)
	 * @param defaultValue the default, already typed (may be null: "défaut: null")
	 * @param description French description
	 */
	public record Parameter(String name, Type type, boolean required, Object defaultValue, String description) {
	}

	/**
	 * A column a saved query returns.
	 *
	 * @param name the column name
	 * @param description French description
	 */
	public record Column(String name, String description) {
	}

}
