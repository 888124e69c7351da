package fr.metrograph.reference;

/**
 * A body (metropolis or organisation) found in a text by {@link ReferenceData#find}.
 *
 * @param id reference id of the body
 * @param metropolis whether the body is a metropolis/EPT (else an organisation)
 * @param asWritten the text as written in the document
 * @param start start offset in the searched text (inclusive)
 * @param end end offset in the searched text (exclusive)
 * @param bareCity whether the match is only the seat city's name ("Bordeaux")
 * @param reading what the words around the match say it is
 */
public record BodyMatch(String id, boolean metropolis, String asWritten, int start, int end, boolean bareCity,
		Reading reading) {

	/** What the context of a match says it denotes. */
	public enum Reading {

		/** Nothing around it says: the body for a full name; a bare city name is open. */
		PLAIN,
		/**
		 * The metropolis: a bare city after "la métropole de", "vice-président·e de",
		 * "conseiller·ère métropolitain·e de".
		 */
		METROPOLIS,
		/** The city: a bare city name after "maire de", "ville de", "à", "en", "dans"… */
		CITY,
		/**
		 * A word of another name: "Université Toulouse Capitole", "Gare Lille-Flandres",
		 * "conseil de développement de Metz Métropole", "rue de Rennes".
		 */
		PART_OF_NAME

	}

	/**
	 * Whether the match denotes the body where bare city names are accepted (a list of
	 * members, an attendance list's body, an affiliation in parentheses, a table cell).
	 * @return true unless it reads as the city or as part of another name
	 */
	public boolean isBody() {
		return this.reading == Reading.PLAIN || this.reading == Reading.METROPOLIS;
	}

	/**
	 * Whether the match denotes the body in running text, where a bare city name is the
	 * city unless its context makes it the metropolis.
	 * @return true for a full name, or a bare city name in a metropolitan context
	 */
	public boolean isBodyInText() {
		return this.reading == Reading.METROPOLIS || (this.reading == Reading.PLAIN && !this.bareCity);
	}

	/**
	 * Whether the match denotes the city in running text: a bare city name that neither
	 * its context makes the metropolis nor is part of another name.
	 * @return true for "à Grenoble", "Grenoble a lancé son budget participatif"
	 */
	public boolean isCityInText() {
		return this.bareCity && (this.reading == Reading.PLAIN || this.reading == Reading.CITY);
	}

}
