package fr.metrograph.ingest.find.prose;

/**
 * A body a prose finder attached something to.
 *
 * @param id the reference id (metropolis, organisation) or the commune's slug
 * ({@code ville-de-bordeaux})
 * @param kind what it is
 * @param name its name as the graph shows it (for a commune, "Ville de Bordeaux")
 */
public record BodyRef(String id, BodyKind kind, String name) {
}
