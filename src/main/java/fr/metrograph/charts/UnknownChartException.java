package fr.metrograph.charts;

/** A chart name that is not in the catalogue; the message is in French. */
public class UnknownChartException extends RuntimeException {

	private final String name;

	/**
	 * @param name the name asked for
	 */
	public UnknownChartException(String name) {
		super("Graphique inconnu « " + name + " » : graphiques possibles " + ChartKind.names() + ".");
		this.name = name;
	}

	/** The name asked for. */
	public String name() {
		return this.name;
	}

}
