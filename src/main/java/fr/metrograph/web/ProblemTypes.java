package fr.metrograph.web;

import java.net.URI;

/**
 * Stable {@code type} URIs of the problems the API answers with.
 */
final class ProblemTypes {

	static final URI NOT_FOUND = URI.create("https://metrograph.fr/problemes/introuvable");

	static final URI BAD_PARAMETER = URI.create("https://metrograph.fr/problemes/parametre-invalide");

	static final URI DOCUMENT_REJECTED = URI.create("https://metrograph.fr/problemes/document-rejete");

	static final URI INTERNAL = URI.create("https://metrograph.fr/problemes/erreur-interne");

	static final URI STORE_UNAVAILABLE = URI.create("https://metrograph.fr/problemes/base-indisponible");

	static final URI QUERY_REFUSED = URI.create("https://metrograph.fr/problemes/requete-refusee");

	static final URI QUERY_INVALID = URI.create("https://metrograph.fr/problemes/requete-invalide");

	static final URI QUERY_TIMEOUT = URI.create("https://metrograph.fr/problemes/requete-trop-longue");

	static final URI CORRECTION_INVALID = URI.create("https://metrograph.fr/problemes/correction-invalide");

	static final URI CORRECTION_CONFLICT = URI.create("https://metrograph.fr/problemes/modifie-entre-temps");

	static final URI UPLOAD_REFUSED = URI.create("https://metrograph.fr/problemes/fichier-refuse");
	static final URI QUERY_FAILED = URI.create("https://metrograph.fr/problemes/requete-echouee");

	static final URI QUERY_BUSY = URI.create("https://metrograph.fr/problemes/requetes-trop-nombreuses");

	static final URI TOO_LARGE = URI.create("https://metrograph.fr/problemes/requete-trop-volumineuse");
	static final URI LOAD_SWITCHING = URI.create("https://metrograph.fr/problemes/chargement-en-cours");

	private ProblemTypes() {
	}

}
