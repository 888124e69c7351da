package fr.metrograph.reference;

import java.util.List;

/**
 * One row of {@code organizations.csv}: a body that is not a metropolis (network,
 * consultancy, public body, association).
 *
 * @param id stable slug
 * @param name display name
 * @param kind NETWORK, CONSULTANCY, PUBLIC_BODY or ASSOCIATION
 * @param aliases name variants
 */
public record OrganizationRef(String id, String name, String kind, List<String> aliases) {

	public OrganizationRef {
		aliases = List.copyOf(aliases);
	}

}
