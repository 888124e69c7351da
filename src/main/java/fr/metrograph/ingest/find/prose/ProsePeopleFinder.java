package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.GivenNames;
import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.annotate.Token;
import fr.metrograph.reference.ReferenceData;

/**
 * Finds the people a prose paragraph names, on the French NLP layer's annotations.
 * <ol>
 * <li><b>Candidates</b> ({@link PeopleCandidates}): the recogniser's person spans, names
 * after an honorific it missed, and the conjuncts of an enumeration of people it
 * missed.</li>
 * <li><b>Filters</b> (the recogniser's noise on web pages and minutes): never a word of a
 * page's navigation or sharing buttons ("Accueil", "Partager", "Lire la suite"), never a
 * capitalised verb, never a proper name right after a street or building noun ("rue Jules
 * Verne", "salle Jean Monnet"), never a body of the reference list or a name holding
 * "Métropole", "Ville", "Conseil"…, never a lone word without an honorific.</li>
 * <li><b>Roles</b> ({@link PersonRoles}): an apposition after the name, a title before
 * it, a role shared by an enumeration, the body written after it.</li>
 * <li><b>Kept</b> when the first word is a known given name ({@link GivenNames}), or a
 * role, an affiliation, an honorific or a surname in capitals says it is a person; a name
 * with none of these is kept only among other people of the same enumeration.</li>
 * </ol>
 * The confidence adds up what supports the mention: 0.6 for the recogniser (0.55 for a
 * conjunct it missed), +0.2 for a known given name, +0.15 for a role (+0.1 for an
 * affiliation alone), +0.05 for an honorific, +0.1 for a member of an enumeration of
 * people kept on that ground alone, at most 0.95.
 */
public final class ProsePeopleFinder {

	private static final Set<String> BODY_WORDS = Set.of("metropole", "eurometropole", "ville", "conseil", "mairie",
			"commune", "departement", "region", "agence", "institut", "association", "communaute", "agglomeration",
			"republique", "etat", "ministere", "prefecture", "universite", "groupe", "reseau", "federation", "syndicat",
			"fondation", "comite", "collectif", "centre", "maison", "direction", "service", "pole", "mission");

	private final ReferenceData reference;

	/** A particle that starts a surname ("Van der Meulen", "de La Tour", "Le Goff"). */
	private static final Pattern SURNAME_PARTICLE = Pattern
		.compile("(?iU)(?:van|von|de|du|des|der|den|da|di|dos|del|della|le|la|ben|el|al)\\s");

	private final GivenNames givenNames;

	/** A name that ends with an initial ("Gauthier M.", "Nonjon M"). */
	private static final Pattern INITIAL = Pattern.compile("(?U)\\s\\p{Lu}\\.?$");

	private final PersonRoles roles;

	private final NameLineBreaks lineBreaks;

	/**
	 * @param reference the bodies the service knows
	 * @param givenNames the given-names gazetteer
	 */
	public ProsePeopleFinder(ReferenceData reference, GivenNames givenNames) {
		this.reference = reference;
		this.givenNames = givenNames;
		this.roles = new PersonRoles(reference);
		this.lineBreaks = new NameLineBreaks(givenNames);
	}

	/**
	 * What the judge made of a mention that passed every filter: the person, and whether
	 * it is kept on its own.
	 */
	private record Verdict(ProsePerson person, boolean kept) {
	}

	/**
	 * @param text an annotated prose paragraph
	 * @return the people it names, in text order
	 */
	public List<ProsePerson> find(AnnotatedText text) {
		List<ProsePerson> out = new ArrayList<>();
		for (Sentence s : text.sentences()) {
			List<Mention> mentions = PeopleCandidates.in(s)
				.stream()
				.map((m) -> this.lineBreaks.trim(text, s, m))
				.toList();
			int[] chain = chains(s, mentions);
			List<Verdict> verdicts = new ArrayList<>();
			for (Mention m : mentions) {
				verdicts.add(judge(text, s, m, mentions));
			}
			List<ProseRole> shared = null;
			for (int i = 0; i < mentions.size(); i++) {
				Verdict v = verdicts.get(i);
				if (i == 0 || chain[i] != chain[i - 1]) {
					shared = null;
				}
				if (v == null) {
					continue;
				}
				ProsePerson p = v.person();
				if (p.roles().isEmpty() && shared != null) {
					// "les adjointes au maire A et B": the plural title before the first
					p = with(p, shared, p.extractor(), p.confidence() + 0.15);
				}
				else if (!p.roles().isEmpty() && p.roles().get(0).end() <= p.begin() && plural(p.roles().get(0))) {
					shared = p.roles();
				}
				if (v.kept()) {
					out.add(p);
				}
				else if (sharesEnumerationWithKept(s, mentions, verdicts, chain, i)) {
					// a name of no known given name among names that are people: one of
					// them
					out.add(with(p, p.roles(), "prose-enumeration", p.confidence() + 0.1));
				}
			}
		}
		return out;
	}

	private static ProsePerson with(ProsePerson p, List<ProseRole> roles, String extractor, double confidence) {
		return new ProsePerson(p.name(), p.honorific(), p.surnameOnly(), p.begin(), p.end(), p.sentenceBegin(),
				p.sentenceEnd(), roles, p.affiliation(), extractor,
				Math.round(Math.min(0.95, confidence) * 100) / 100.0);
	}

	private static boolean plural(ProseRole role) {
		String head = role.title().strip().split("[\\s']+")[0];
		return head.endsWith("s") || head.endsWith("x");
	}

	/**
	 * The enumeration as written each mention belongs to: names that only a comma, "et",
	 * "ainsi que" or "ou" separate share a number.
	 */
	private static int[] chains(Sentence s, List<Mention> mentions) {
		int[] chain = new int[mentions.size()];
		for (int i = 0; i < chain.length; i++) {
			chain[i] = (i > 0 && PeopleCandidates.adjacent(s, mentions.get(i - 1), mentions.get(i))) ? chain[i - 1] : i;
		}
		return chain;
	}

	private static boolean sharesEnumerationWithKept(Sentence s, List<Mention> mentions, List<Verdict> verdicts,
			int[] chain, int index) {
		int group = s.parsed() ? Mention.group(s, mentions.get(index).head(s)) : -1;
		for (int k = 0; k < mentions.size(); k++) {
			Verdict v = verdicts.get(k);
			if (k == index || v == null || !v.kept() || v.person().surnameOnly()) {
				continue;
			}
			if (chain[k] == chain[index] || (s.parsed() && Mention.group(s, mentions.get(k).head(s)) == group)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param name a name as written
	 * @return whether it starts with a surname's particle ("Van der Meulen", "de La
	 * Tour")
	 */
	static boolean startsWithParticle(String name) {
		return SURNAME_PARTICLE.matcher(name.strip()).lookingAt();
	}

	/** Null when a filter rejects the mention. */
	private Verdict judge(AnnotatedText text, Sentence s, Mention m, List<Mention> all) {
		List<Token> name = s.tokens().subList(m.first() - 1, m.last());
		Token firstWord = name.get(0);
		Token lastWord = name.get(name.size() - 1);
		boolean knownGiven = this.givenNames.isKnown(firstWord.word());
		String written = text.covered(firstWord, lastWord);
		if (rejected(s, m, name, knownGiven, written)) {
			return null;
		}
		// "N'Diaye" is two tokens and one word; "Mme Van der Meulen", "M. de La Tour": a
		// particle after an honorific starts a surname, not a first name
		boolean surnameOnly = !written.strip().contains(" ") || (m.honorific() > 0 && startsWithParticle(written));
		if (surnameOnly && m.honorific() < 0) {
			return null;
		}
		boolean capitalSurname = name.size() >= 2
				&& NameLineBreaks.isUpper(text.text().substring(lastWord.begin(), lastWord.end()));
		PersonRoles.Roles found = s.parsed() ? this.roles.of(text, s, m, all) : new PersonRoles.Roles(List.of(), false);
		boolean honorific = m.honorific() > 0;
		BodyRef affiliation = this.roles.affiliation(text, lastWord.end(), s.end());
		boolean hasRole = !found.roles().isEmpty();
		if (affiliation == null && hasRole) {
			// the body written after a title that names none: "X, vice-président
			// délégué à la participation citoyenne, Bordeaux Métropole"
			ProseRole last = found.roles().get(found.roles().size() - 1);
			if (last.body() == null && last.end() > lastWord.end()) {
				affiliation = this.roles.affiliation(text, last.end(), s.end());
			}
		}
		boolean kept = surnameOnly || knownGiven || hasRole || honorific || capitalSurname || affiliation != null;
		double confidence = m.recognised() ? 0.6 : 0.55;
		confidence += knownGiven ? 0.2 : 0;
		confidence += hasRole ? 0.15 : 0;
		confidence += honorific ? 0.05 : 0;
		confidence += (affiliation != null && !hasRole) ? 0.1 : 0;
		confidence = Math.min(0.95, confidence);
		String extractor = (!m.recognised() || found.shared()) ? "prose-enumeration"
				: (hasRole ? "prose-apposition" : "prose-ner");
		String honorificWord = honorific ? s.token(m.honorific()).word() : null;
		return new Verdict(new ProsePerson(written, honorificWord, surnameOnly, firstWord.begin(), lastWord.end(),
				s.begin(), s.end(), found.roles(), affiliation, extractor, Math.round(confidence * 100) / 100.0), kept);
	}

	/**
	 * The filters: page debris, body words and titles inside the name, a capitalised
	 * verb, a street or building noun before it, a saint's name, a body of the reference
	 * list, more than five words.
	 */
	private boolean rejected(Sentence s, Mention m, List<Token> name, boolean knownGiven, String written) {
		Token firstWord = name.get(0);
		for (Token t : name) {
			String f = Lexicon.bare(t.word());
			if (Lexicon.isPageDebris(t.word()) || BODY_WORDS.contains(f) || Lexicon.isTitle(t.word())) {
				return true;
			}
		}
		if ((firstWord.pos().equals("VERB") || firstWord.pos().equals("AUX")) && !knownGiven) {
			return true;
		}
		int before = m.start() - 1;
		if (before >= 1 && Lexicon.isPlaceNoun(s.token(before).word())) {
			return true;
		}
		String lower = firstWord.word().toLowerCase();
		if (lower.startsWith("saint-") || lower.startsWith("sainte-")) {
			return true;
		}
		if (this.reference.whole(written).isPresent()
				|| this.reference.find(written).stream().anyMatch((b) -> !b.bareCity())) {
			return true;
		}
		// "Blondiaux L. (2008)", "Sophie M.": a word and an initial is a citation or an
		// anonymised name, no one named in full
		if (m.honorific() < 0 && name.size() >= 2 && INITIAL.matcher(written.strip()).find()) {
			return true;
		}
		return name.size() > 5;
	}

}
