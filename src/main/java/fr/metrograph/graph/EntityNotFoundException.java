package fr.metrograph.graph;

/**
 * A document, metropolis, person or other entity that is not in the graph.
 */
public class EntityNotFoundException extends RuntimeException {

	private final String entity;

	private final String id;

	/**
	 * @param entity what was looked for, in French ("métropole", "personne")
	 * @param id the id asked for
	 */
	public EntityNotFoundException(String entity, String id) {
		super("Aucun·e " + entity + " avec l'identifiant « " + id + " » dans le graphe.");
		this.entity = entity;
		this.id = id;
	}

	public String entity() {
		return this.entity;
	}

	public String id() {
		return this.id;
	}

}
