package fr.metrograph.copresence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The per-node figures the co-presence API can compute. Degree and weighted degree are
 * read off the projected graph ({@code O(n + m)}); the others are calculators whose cost
 * grows with the graph ({@link #heavy()}): on a large network they run as a background
 * job.
 */
public enum Metric {

	/** Number of neighbours. */
	DEGREE("degree", false),
	/** Sum of the weights of a node's edges. */
	WEIGHTED_DEGREE("weightedDegree", false),
	/** Normalised betweenness, {@link BetweennessCentrality}. */
	BETWEENNESS("betweenness", true),
	/** Eigenvector centrality, {@link EigenvectorCentrality}. */
	EIGENVECTOR("eigenvector", true),
	/** Louvain community, {@link Louvain}, with the partition's modularity. */
	COMMUNITY("community", true);

	private final String code;

	private final boolean heavy;

	Metric(String code, boolean heavy) {
		this.code = code;
		this.heavy = heavy;
	}

	/** The name in requests and answers ({@code weightedDegree}). */
	public String code() {
		return this.code;
	}

	/** Whether its cost grows faster than the graph's size. */
	public boolean heavy() {
		return this.heavy;
	}

	/** The cheap ones: degree and weighted degree. */
	public static Set<Metric> light() {
		return EnumSet.of(DEGREE, WEIGHTED_DEGREE);
	}

	/**
	 * Parses {@code degree,betweenness} (names as in {@link #code()}, case ignored) or
	 * {@code all}.
	 * @param list the comma-separated list, or null/blank for none
	 * @return the metrics, or null when the list is null or blank
	 * @throws InvalidCopresenceRequestException on an unknown name
	 */
	public static Set<Metric> parse(String list) {
		if (list == null || list.isBlank()) {
			return null;
		}
		Set<Metric> metrics = EnumSet.noneOf(Metric.class);
		for (String name : list.split(",")) {
			String wanted = name.strip().toLowerCase(Locale.ROOT);
			if (wanted.isEmpty()) {
				continue;
			}
			if (wanted.equals("all")) {
				return EnumSet.allOf(Metric.class);
			}
			Metric metric = Arrays.stream(values())
				.filter((m) -> m.code.toLowerCase(Locale.ROOT).equals(wanted))
				.findFirst()
				.orElseThrow(() -> new InvalidCopresenceRequestException("metrics", name.strip(),
						"Mesure inconnue « " + name.strip() + " » : valeurs possibles " + codes() + ", ou all."));
			metrics.add(metric);
		}
		return metrics;
	}

	static String codes() {
		return Arrays.stream(values()).map(Metric::code).collect(Collectors.joining(", "));
	}

}
