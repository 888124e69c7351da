package fr.metrograph.ingest.find.names;

import fr.metrograph.ingest.model.PersonNames;

/**
 * A person's name found in a text by {@link NameParser}.
 *
 * @param asWritten the name as written (honorific included, bold markers removed)
 * @param name the name without honorific, in "Prénom Nom" order
 * @param surnameOnly whether only an honorific and a surname were written
 * @param strength how sure the parser is
 * @param start start offset in the parsed text
 * @param end end offset (exclusive)
 */
public record ParsedName(String asWritten, String name, boolean surnameOnly, Strength strength, int start, int end) {

	/** How sure the parser is that the text is a person's name. */
	public enum Strength {

		/**
		 * "Prénom Nom" with a first name in no list: only acceptable in lists and tables.
		 */
		WEAK,
		/** "Prénom Nom" with a known first name. */
		MEDIUM,
		/** An honorific or a surname in capitals. */
		STRONG

	}

	/** The canonical display form. */
	public String display() {
		return PersonNames.displayName(this.name);
	}

}
