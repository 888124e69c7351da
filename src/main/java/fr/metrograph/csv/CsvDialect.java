package fr.metrograph.csv;

import java.util.Locale;

/**
 * The two shapes of CSV the service writes. {@link #RFC_4180} (comma, point as decimal
 * separator, no byte order mark) is the default, for R, pandas and Gephi;
 * {@link #TABLEUR} (semicolon, comma as decimal separator, UTF-8 byte order mark) opens
 * as columns with accents intact when double-clicked in a spreadsheet set to French. Both
 * quote with double quotes and end rows with CRLF. Requests choose one with the
 * {@code dialecte} parameter ({@link #fromParameter}).
 */
public enum CsvDialect {

	/** Comma-separated, as RFC 4180 says. */
	RFC_4180("rfc4180", ',', '.', false),

	/**
	 * Semicolon-separated with a UTF-8 byte order mark: a French spreadsheet's dialect.
	 */
	TABLEUR("tableur", ';', ',', true);

	/** Name of the request parameter that picks a dialect. */
	public static final String PARAMETER = "dialecte";

	private final String code;

	private final char separator;

	private final char decimalSeparator;

	private final boolean byteOrderMark;

	CsvDialect(String code, char separator, char decimalSeparator, boolean byteOrderMark) {
		this.code = code;
		this.separator = separator;
		this.decimalSeparator = decimalSeparator;
		this.byteOrderMark = byteOrderMark;
	}

	/** The value of the {@code dialecte} parameter that selects this dialect. */
	public String code() {
		return this.code;
	}

	/** The field separator. */
	public char separator() {
		return this.separator;
	}

	/** The separator written between the integer and fractional parts of decimals. */
	public char decimalSeparator() {
		return this.decimalSeparator;
	}

	/** Whether the text starts with a UTF-8 byte order mark. */
	public boolean byteOrderMark() {
		return this.byteOrderMark;
	}

	/**
	 * The dialect a request asks for.
	 * @param value the {@code dialecte} parameter: {@code rfc4180} (or nothing) or
	 * {@code tableur}, in any case
	 * @return the dialect
	 * @throws IllegalArgumentException in French, naming the known values
	 */
	public static CsvDialect fromParameter(String value) {
		if (value == null || value.isBlank()) {
			return RFC_4180;
		}
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		for (CsvDialect dialect : values()) {
			if (dialect.code.equals(wanted)) {
				return dialect;
			}
		}
		throw new IllegalArgumentException("Dialecte CSV inconnu « " + value
				+ " » : valeurs possibles rfc4180 (virgule, par défaut) et tableur (point-virgule et BOM UTF-8).");
	}

}
