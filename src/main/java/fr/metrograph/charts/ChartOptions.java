package fr.metrograph.charts;

/**
 * The parameters only some charts take; null means the default.
 *
 * @param group {@code agents} or {@code elus} (membership; default agents)
 * @param id a metropolis id (metropolis-timeline; required there)
 * @param network {@code people} or {@code metropolises} (copresence; default
 * metropolises)
 * @param via {@code people}, {@code presenters} or {@code both} (copresence)
 * @param minWeight lightest edge drawn (copresence)
 */
public record ChartOptions(String group, String id, String network, String via, Double minWeight) {

	/** No options. */
	public static final ChartOptions NONE = new ChartOptions(null, null, null, null, null);

}
