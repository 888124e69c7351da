package fr.metrograph.reference;

import java.util.List;

/**
 * One row of {@code metropolises.csv}: a métropole or an EPT of Grand Paris.
 *
 * @param id stable slug (graph key)
 * @param name official name
 * @param shortName short display name
 * @param kind METROPOLE, METROPOLE_STATUT_PARTICULIER or EPT
 * @param seat seat city (commune), may be empty
 * @param aliases every name a document may use for the body
 * @param parent parent body id ({@code grand-paris} for EPTs) or null
 * @param population legal population or null
 * @param created year the status took effect or null
 */
public record MetropolisRef(String id, String name, String shortName, String kind, String seat, List<String> aliases,
		String parent, Integer population, Integer created) {

	public MetropolisRef {
		aliases = List.copyOf(aliases);
	}

}
