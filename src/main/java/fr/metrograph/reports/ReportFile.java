package fr.metrograph.reports;

/**
 * A report asked for by file name, {@code 2025.pdf} or {@code 2025.html}.
 *
 * @param year the year
 * @param format the format
 */
public record ReportFile(int year, ReportFormat format) {

	/**
	 * Reads {@code YEAR.EXT}.
	 * @throws IllegalArgumentException with a French message when it is not one
	 */
	public static ReportFile parse(String file) {
		int dot = file.lastIndexOf('.');
		if (dot <= 0) {
			throw new IllegalArgumentException(
					"Précisez le format dans l'adresse : « " + file + ".pdf » ou « " + file + ".html ».");
		}
		ReportFormat format = ReportFormat.of(file.substring(dot + 1));
		String year = file.substring(0, dot);
		if (!year.matches("\\d{4}")) {
			throw new IllegalArgumentException("L'année « " + year + " » doit s'écrire avec quatre chiffres (2025).");
		}
		return new ReportFile(Integer.parseInt(year), format);
	}

}
