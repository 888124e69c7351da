package fr.metrograph.research;

import java.util.Locale;

import fr.metrograph.research.ResearchQuery.Type;

/**
 * Converts the text of a query parameter (from a URL or a header default) to its declared
 * type.
 */
final class ParameterValues {

	private ParameterValues() {
	}

	/**
	 * @param type the declared type
	 * @param text the text
	 * @return a String, Long, Double or Boolean
	 * @throws IllegalArgumentException when the text does not fit the type
	 */
	static Object convert(Type type, String text) {
		String value = text.strip();
		return switch (type) {
			case STRING -> text;
			case INTEGER -> Long.parseLong(value);
			case FLOAT -> Double.parseDouble(value.replace(',', '.'));
			case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "vrai", "oui" -> Boolean.TRUE;
				case "false", "faux", "non" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException("not a boolean: " + value);
			};
		};
	}

	/** The French name of a type, for messages. */
	static String french(Type type) {
		return switch (type) {
			case STRING -> "texte";
			case INTEGER -> "nombre entier";
			case FLOAT -> "nombre décimal";
			case BOOLEAN -> "booléen (true/false)";
		};
	}

}
