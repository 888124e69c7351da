package fr.metrograph.ingest.find.prose;

/** What kind of body a role is held at. */
public enum BodyKind {

	/** A métropole or an EPT of the reference list. */
	METROPOLIS,
	/** An organisation of the reference list (ICPC, a consultancy…). */
	ORGANIZATION,
	/** A city named as a city ("adjointe au maire de Bordeaux"): {@code Ville de X}. */
	COMMUNE

}
