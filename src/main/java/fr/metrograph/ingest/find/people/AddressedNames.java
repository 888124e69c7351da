package fr.metrograph.ingest.find.people;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.names.ParsedName;

/**
 * Names beside an e-mail address ("Ferrand-Okafor Léonie
 * &lt;leonie.ferrand-okafor@…&gt;"), whose address tells the order of their words.
 */
final class AddressedNames {

	private AddressedNames() {
	}

	/**
	 * A name in the order its address writes it: mail software shows a directory's «
	 * Ferrand-Okafor Léonie » (surname first, in mixed case), and the address «
	 * leonie.ferrand-okafor@… » says which word is the first name.
	 * @param name the name as parsed (first word taken as the first name)
	 * @param local the address's local part
	 * @return the name, its two words swapped when the address writes them the other way
	 */
	static ParsedName ordered(ParsedName name, String local) {
		String[] words = name.name().split(" ", 2);
		if (words.length < 2) {
			return name;
		}
		String address = letters(local);
		String first = letters(words[0]);
		String surname = letters(words[1]);
		if (first.isEmpty() || surname.isEmpty() || !address.equals(surname + first)
				|| address.equals(first + surname)) {
			return name;
		}
		return new ParsedName(name.asWritten(), words[1] + " " + words[0], name.surnameOnly(), name.strength(),
				name.start(), name.end());
	}

	private static String letters(String text) {
		return Slugs.fold(text).replaceAll("[^a-z]", "");
	}

}
