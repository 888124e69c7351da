package fr.metrograph.research;

/**
 * A research query name that is not in the library.
 */
public class UnknownQueryException extends RuntimeException {

	private final String name;

	/**
	 * @param name the name asked for
	 */
	public UnknownQueryException(String name) {
		super("Aucune requête enregistrée ne s'appelle « " + name + " » ; GET /api/queries les liste toutes.");
		this.name = name;
	}

	public String name() {
		return this.name;
	}

}
