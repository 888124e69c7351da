package fr.metrograph.ingest.find.prose;

import java.util.List;

/**
 * A person named in a prose sentence.
 *
 * @param name the name as written, without honorific ("Gaëlle TROADEC", "Troadec")
 * @param honorific the honorific written before it ("Mme", "M."), or null
 * @param surnameOnly whether only the surname is written ("Mme Troadec"): to be attached
 * to a person of the same document, never a person of its own
 * @param begin start offset of the name in the annotated text
 * @param end end offset (exclusive)
 * @param sentenceBegin start offset of the sentence (the evidence)
 * @param sentenceEnd end offset of the sentence
 * @param roles the roles the sentence gives, in order
 * @param affiliation the body written right after the name ("X (Rennes Métropole)", "X,
 * de la Ville de Brest"), or null
 * @param extractor {@code prose-ner} (a name the recogniser found, kept by a given name
 * or an honorific), {@code prose-apposition} (with a role from an apposition or a title),
 * or {@code prose-enumeration} (a name the recogniser missed, found as a member of an
 * enumeration of people, or given its role by the enumeration)
 * @param confidence how sure the finder is that this is a person (0–1)
 */
public record ProsePerson(String name, String honorific, boolean surnameOnly, int begin, int end, int sentenceBegin,
		int sentenceEnd, List<ProseRole> roles, BodyRef affiliation, String extractor, double confidence) {

	public ProsePerson {
		roles = List.copyOf(roles);
	}

}
