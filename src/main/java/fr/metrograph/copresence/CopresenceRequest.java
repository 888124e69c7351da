package fr.metrograph.copresence;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.metrograph.copresence.OneModeProjection.Weighting;

/**
 * What network to build: who, through what, over which years and meetings, weighted how.
 * Built from the raw request strings by {@link #parse}, which checks them and answers
 * mistakes in French.
 *
 * @param network people or metropolises
 * @param from first year, or null
 * @param to last year, or null
 * @param kind meeting kind ({@code experience_sharing}…), or null for all
 * @param via for metropolises: through their people, as presenters, or both
 * @param weighting count of shared meetings or Newman's weighting
 * @param minWeight lightest edge kept
 * @param allStatuses keep excused attendees too
 * @param group only the meetings of this group ({@code agents}, {@code elus}), or null
 * @param theme only the meetings about this theme (its id), themselves or through one of
 * their sessions, or null
 */
public record CopresenceRequest(Network network, Integer from, Integer to, String kind, Via via, Weighting weighting,
		double minWeight, boolean allStatuses, String group, String theme) {

	/** A request on the meetings of every group and theme. */
	public CopresenceRequest(Network network, Integer from, Integer to, String kind, Via via, Weighting weighting,
			double minWeight, boolean allStatuses) {
		this(network, from, to, kind, via, weighting, minWeight, allStatuses, null, null);
	}

	/** Whose network. */
	public enum Network {

		PEOPLE("people"), METROPOLISES("metropolises");

		private final String code;

		Network(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	/** How a metropolis is at a meeting. */
	public enum Via {

		PEOPLE("people"), PRESENTERS("presenters"), BOTH("both");

		private final String code;

		Via(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	/**
	 * Checks and converts the request parameters.
	 * @param network {@code people} or {@code metropolises}
	 * @param from first year or null
	 * @param to last year or null
	 * @param kind meeting kind or null/blank
	 * @param via {@code people}, {@code presenters}, {@code both} or null
	 * ({@code people})
	 * @param weighting {@code count}, {@code newman} or null ({@code count})
	 * @param minWeight non-negative, or null (0)
	 * @param status {@code present}, {@code all} or null ({@code present})
	 * @return the request
	 * @throws InvalidCopresenceRequestException on a bad parameter
	 */
	public static CopresenceRequest parse(String network, Integer from, Integer to, String kind, String via,
			String weighting, Double minWeight, String status) {
		return parse(network, from, to, kind, via, weighting, minWeight, status, null, null);
	}

	/**
	 * Checks and converts the request parameters, with the group and theme filters.
	 * @param network {@code people} or {@code metropolises}
	 * @param from first year or null
	 * @param to last year or null
	 * @param kind meeting kind or null/blank
	 * @param via {@code people}, {@code presenters}, {@code both} or null
	 * ({@code people})
	 * @param weighting {@code count}, {@code newman} or null ({@code count})
	 * @param minWeight non-negative, or null (0)
	 * @param status {@code present}, {@code all} or null ({@code present})
	 * @param group group id or null/blank
	 * @param theme theme id or null/blank
	 * @return the request
	 * @throws InvalidCopresenceRequestException on a bad parameter
	 */
	public static CopresenceRequest parse(String network, Integer from, Integer to, String kind, String via,
			String weighting, Double minWeight, String status, String group, String theme) {
		Network parsedNetwork = choose("network", network, Network.values(), null, Network::code);
		if (from != null && to != null && from > to) {
			throw new InvalidCopresenceRequestException("from", from,
					"L'année de début (from=" + from + ") est postérieure à l'année de fin (to=" + to + ").");
		}
		checkYear("from", from);
		checkYear("to", to);
		Via parsedVia = choose("via", via, Via.values(), Via.PEOPLE, Via::code);
		Weighting parsedWeighting = choose("weighting", weighting, Weighting.values(), Weighting.COUNT,
				(w) -> w.name().toLowerCase(Locale.ROOT));
		if (minWeight != null && (!(minWeight >= 0) || minWeight.isInfinite())) {
			throw new InvalidCopresenceRequestException("minWeight", minWeight,
					"Le poids minimal (minWeight) doit être un nombre positif ou nul, pas « " + minWeight + " ».");
		}
		boolean all;
		if (status == null || status.isBlank() || status.equals("present")) {
			all = false;
		}
		else if (status.equals("all")) {
			all = true;
		}
		else {
			throw new InvalidCopresenceRequestException("status", status,
					"Statut inconnu « " + status + " » : valeurs possibles present, all.");
		}
		String parsedKind = (kind == null || kind.isBlank()) ? null : kind.strip();
		return new CopresenceRequest(parsedNetwork, from, to, parsedKind, parsedVia, parsedWeighting,
				(minWeight != null) ? minWeight : 0.0, all, blankToNull(group), blankToNull(theme));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static void checkYear(String parameter, Integer year) {
		if (year != null && (year < 1900 || year > 2100)) {
			throw new InvalidCopresenceRequestException(parameter, year,
					"L'année (" + parameter + "=" + year + ") doit être comprise entre 1900 et 2100.");
		}
	}

	private static <E> E choose(String parameter, String value, E[] values, E fallback,
			java.util.function.Function<E, String> code) {
		if (value == null || value.isBlank()) {
			if (fallback != null) {
				return fallback;
			}
		}
		else {
			for (E candidate : values) {
				if (code.apply(candidate).equals(value.strip().toLowerCase(Locale.ROOT))) {
					return candidate;
				}
			}
		}
		String allowed = Arrays.stream(values).map(code).collect(Collectors.joining(", "));
		String label = switch (parameter) {
			case "network" -> "Réseau inconnu";
			case "via" -> "Mode de co-présence (via) inconnu";
			case "weighting" -> "Pondération (weighting) inconnue";
			default -> "Valeur inconnue pour « " + parameter + " »";
		};
		throw new InvalidCopresenceRequestException(parameter, value,
				label + " « " + value + " » : valeurs possibles " + allowed + ".");
	}

}
