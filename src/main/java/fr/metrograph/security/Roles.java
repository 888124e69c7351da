package fr.metrograph.security;

import java.util.Set;

/**
 * The two roles: a coordinator uploads documents and reviews and corrects facts; an
 * administrator does all that, and also manages users and retracts documents.
 */
public final class Roles {

	/** Upload, review, corrections. */
	public static final String COORDINATOR = "coordinateur";

	/** Everything a coordinator does, plus users and retraction. */
	public static final String ADMIN = "admin";

	static final Set<String> ALL = Set.of(COORDINATOR, ADMIN);

	private Roles() {
	}

}
