package fr.metrograph.reports;

/** A report asked for a year the graph knows nothing about; the message is in French. */
public class NoDataForYearException extends RuntimeException {

	private final int year;

	/**
	 * No data for a year.
	 * @param year the year asked for
	 */
	public NoDataForYearException(int year) {
		super("Aucune donnée pour l'année " + year);
		this.year = year;
	}

	/** The year asked for. */
	public int year() {
		return this.year;
	}

}
