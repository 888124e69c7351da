package fr.metrograph.csv;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Turns values into the text of CSV cells, and neutralises text that a spreadsheet would
 * run as a formula, following OWASP's CSV injection guidance: a cell whose first
 * character (after any leading spaces) is {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return (or the full-width {@code ＝ ＋ － ＠}, which some spreadsheets
 * fold to them) gets a single quote in front, so {@code =HYPERLINK(…)} is shown as text
 * and never evaluated. Numbers are left alone: they come as {@link Number} values, or as
 * text that is only a number ({@code -3}, {@code +1.5}, {@code 2e-3}), which no
 * spreadsheet evaluates as anything but that number. Cost: one look at the first
 * characters.
 */
public final class CsvCells {

	/** Text that is a plain decimal number, and nothing else. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?");

	private CsvCells() {
	}

	/**
	 * Whether a spreadsheet could read this text as a formula.
	 * @param text the cell's text (null is not)
	 * @return true when {@link #neutralise} would change it
	 */
	public static boolean isFormulaLeading(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		int first = 0;
		while (first < text.length() && text.charAt(first) == ' ') {
			first++;
		}
		if (first == text.length()) {
			return false;
		}
		char c = text.charAt(first);
		boolean trigger = switch (c) {
			case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
			default -> false;
		};
		return trigger && !PLAIN_NUMBER.matcher(text.strip()).matches();
	}

	/**
	 * The text with a single quote in front when it could be read as a formula, else
	 * unchanged.
	 * @param text the cell's text
	 * @return the text to write
	 */
	public static String neutralise(String text) {
		return isFormulaLeading(text) ? "'" + text : text;
	}

	/**
	 * The text of a cell: empty for null; numbers as digits, with the dialect's decimal
	 * separator; anything else as its {@code toString()}, neutralised.
	 * @param value the value
	 * @param dialect the dialect (decides the decimal separator)
	 * @return the cell's text, not yet quoted
	 */
	public static String text(Object value, CsvDialect dialect) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return number(number, dialect);
		}
		return neutralise(value.toString());
	}

	private static String number(Number number, CsvDialect dialect) {
		if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
				|| number instanceof BigInteger) {
			return number.toString();
		}
		String text;
		if (number instanceof BigDecimal decimal) {
			text = decimal.toPlainString();
		}
		else {
			double d = number.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				return Double.toString(d);
			}
			text = Double.toString(d);
		}
		return (dialect.decimalSeparator() == '.') ? text : text.replace('.', dialect.decimalSeparator());
	}

}
