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
 * @param cityContext whether the match reads as the commune, not the body: a bare city
 * name after "maire de", "ville de", "à"…, or inside another proper name ("Université
 * Toulouse Capitole")
 */
public record BodyMatch(String id, boolean metropolis, String asWritten, int start, int end, boolean bareCity,
		boolean cityContext) {

	/**
	 * Whether the match denotes the body itself when a bare city name is accepted (list
	 * and affiliation contexts).
	 * @return true unless the match reads as the commune
	 */
	public boolean isBody() {
		return !this.cityContext;
	}

}
