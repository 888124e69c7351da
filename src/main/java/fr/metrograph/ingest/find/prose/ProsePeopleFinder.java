package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.annotate.Token;
import fr.metrograph.graph.Slugs;
import fr.metrograph.reference.ReferenceData;

/**
 * Finds the people a prose paragraph names, on the French NLP layer's annotations.
 * <ol>
 * <li><b>Candidates</b>: the recogniser's person spans (honorifics and titles it swept in
 * are trimmed off), names after an honorific it missed ("Mme Troadec"), and, in a parsed
 * sentence, the conjuncts of an enumeration of people it missed ("A, B et C").</li>
 * <li><b>Filters</b> (the recogniser's noise on web pages and minutes): never a word of a
 * page's navigation or sharing buttons ("Accueil", "Partager", "Lire la suite"), never a
 * capitalised verb, never a proper name right after a street or building noun ("rue Jules
 * Verne", "salle Jean Monnet"), never a body of the reference list or a name holding
 * "Métropole", "Ville", "Conseil"…, never a lone word without an honorific.</li>
 * <li><b>Roles</b> from the dependency parse: an apposition after the name ("X,
 * vice-présidente de Y en charge de Z"), a title before it ("la vice-présidente X", "le
 * maire de Brest, X"), and a role shared by an enumeration ("A, B et C, élus de Y");
 * {@link RoleBodies} says at which body.</li>
 * <li><b>Kept</b> when the first word is a known given name ({@link GivenNames}), or a
 * role, an honorific or a surname in capitals says it is a person.</li>
 * </ol>
 * The confidence adds up what supports the mention: 0.6 for the recogniser (0.55 for a
 * conjunct it missed), +0.2 for a known given name, +0.15 for a role, +0.05 for an
 * honorific, at most 0.95.
 * <p>
 * Why this class runs past 300 lines: candidates, filters and roles share the sentence's
 * parse and the mention records; split apart they would pass half-built state around.
 */
public final class ProsePeopleFinder {

	private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "d’", "le", "la", "van", "von", "ben",
			"ibn", "el", "al", "da", "di", "dos", "del", "della", "y", "bin", "ter", "den", "der", "mac", "mc");

	private static final Set<String> BODY_WORDS = Set.of("metropole", "eurometropole", "ville", "conseil", "mairie",
			"commune", "departement", "region", "agence", "institut", "association", "communaute", "agglomeration",
			"republique", "etat", "ministere", "prefecture", "universite", "groupe", "reseau", "federation", "syndicat",
			"fondation", "comite", "collectif", "centre", "maison", "direction", "service", "pole", "mission");

	private static final Set<String> CUTTING_PUNCTUATION = Set.of(",", ";", ":", "(", ")", "«", "»", "\"", "—", "–",
			"!", "?", ".", "[", "]", "“", "”");

	private static final Set<String> CLAUSE_WORDS = Set.of("qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle",
			"lesquels", "lesquelles", "où");

	private final ReferenceData reference;

	private final GivenNames givenNames;

	private final RoleBodies bodies;

	/**
	 * @param reference the bodies the service knows
	 * @param givenNames the given-names gazetteer
	 */
	public ProsePeopleFinder(ReferenceData reference, GivenNames givenNames) {
		this.reference = reference;
		this.givenNames = givenNames;
		this.bodies = new RoleBodies(reference);
	}

	/** A name in a sentence, by word indexes. */
	private record Mention(int first, int last, int honorific, boolean recognised) {

		boolean contains(int index) {
			return this.first <= index && index <= this.last;
		}

	}

	/**
	 * @param text an annotated prose paragraph
	 * @return the people it names, in text order
	 */
	public List<ProsePerson> find(AnnotatedText text) {
		List<ProsePerson> out = new ArrayList<>();
		for (Sentence s : text.sentences()) {
			List<Mention> mentions = candidates(s);
			for (Mention m : mentions) {
				ProsePerson p = judge(text, s, m, mentions);
				if (p != null) {
					out.add(p);
				}
			}
		}
		return out;
	}

	// ------------------------------------------------------------------ candidates

	private List<Mention> candidates(Sentence s) {
		List<Mention> out = new ArrayList<>();
		for (int[] run : s.entities("PER")) {
			Mention m = trim(s, run[0], run[1], true);
			if (m != null) {
				out.add(m);
			}
		}
		// an honorific the recogniser did not follow: "Mme Troadec", "M. Lefebvre"
		for (Token t : s.tokens()) {
			if (Lexicon.isHonorific(t.word()) && t.index() < s.tokens().size() && covering(out, t.index() + 1) == null
					&& covering(out, t.index()) == null) {
				Mention m = trim(s, t.index(), Math.min(s.tokens().size(), t.index() + 4), false);
				if (m != null && m.honorific() == t.index()) {
					out.add(m);
				}
			}
		}
		if (s.parsed()) {
			enumerations(s, out);
		}
		out.sort((a, b) -> Integer.compare(a.first(), b.first()));
		return out;
	}

	/** Members of an enumeration of people that the recogniser missed. */
	private void enumerations(Sentence s, List<Mention> mentions) {
		List<Mention> found = new ArrayList<>();
		for (Mention m : mentions) {
			Token head = s.token(headOf(s, m));
			int group = head.relation("conj") && s.head(head) != null ? head.head() : head.index();
			List<Token> members = new ArrayList<>(s.children(group));
			members.add(s.token(group));
			for (Token c : members) {
				if ((c.index() != group && !c.relation("conj")) || covering(mentions, c.index()) != null
						|| covering(found, c.index()) != null) {
					continue;
				}
				if (!c.pos().equals("PROPN") || !c.capitalised()) {
					continue;
				}
				int last = c.index();
				while (last < s.tokens().size() && s.token(last + 1).head() == c.index()
						&& s.token(last + 1).relation("flat")) {
					last++;
				}
				Mention e = trim(s, c.index(), last, false);
				if (e != null) {
					found.add(new Mention(e.first(), e.last(), e.honorific(), false));
				}
			}
		}
		mentions.addAll(found);
	}

	private static Mention covering(List<Mention> mentions, int index) {
		for (Mention m : mentions) {
			if (m.contains(index)) {
				return m;
			}
		}
		return null;
	}

	/**
	 * Trims honorifics, titles and determiners before a name and punctuation after it,
	 * and stops the name at the first word that cannot be part of one.
	 */
	private static Mention trim(Sentence s, int first, int last, boolean recognised) {
		int a = first;
		int honorific = -1;
		while (a <= last) {
			Token t = s.token(a);
			if (Lexicon.isHonorific(t.word())) {
				honorific = a;
				a++;
			}
			else if (honorific < 0 && (Lexicon.isTitle(t.word()) || Lexicon.isTitleModifier(t.word())
					|| t.pos().equals("DET") || t.pos().equals("PUNCT"))) {
				a++;
			}
			else {
				break;
			}
		}
		if (a > last || !s.token(a).capitalised()) {
			return null;
		}
		int b = a;
		while (b + 1 <= last) {
			Token next = s.token(b + 1);
			boolean particle = PARTICLES.contains(Slugs.fold(next.word())) && b + 2 <= s.tokens().size()
					&& s.token(b + 2).capitalised();
			if (!(next.capitalised() && !next.pos().equals("PUNCT")) && !particle) {
				break;
			}
			b++;
		}
		// "Le Guen", "de La Fontaine": a particle that ends the span is not part of it
		while (b > a && PARTICLES.contains(Slugs.fold(s.token(b).word()))) {
			b--;
		}
		return new Mention(a, b, honorific, recognised);
	}

	// ------------------------------------------------------------------ judge

	private ProsePerson judge(AnnotatedText text, Sentence s, Mention m, List<Mention> all) {
		List<Token> name = s.tokens().subList(m.first() - 1, m.last());
		Token firstWord = name.get(0);
		for (Token t : name) {
			String f = Lexicon.bare(t.word());
			if (Lexicon.isPageDebris(t.word()) || BODY_WORDS.contains(f) || Lexicon.isTitle(t.word())) {
				return null;
			}
		}
		boolean knownGiven = this.givenNames.isKnown(firstWord.word());
		if ((firstWord.pos().equals("VERB") || firstWord.pos().equals("AUX")) && !knownGiven) {
			return null;
		}
		int before = (m.honorific() > 0) ? m.honorific() - 1 : m.first() - 1;
		if (before >= 1 && Lexicon.isPlaceNoun(s.token(before).word())) {
			return null;
		}
		if (firstWord.word().toLowerCase().startsWith("saint-")
				|| firstWord.word().toLowerCase().startsWith("sainte-")) {
			return null;
		}
		String written = text.covered(firstWord, name.get(name.size() - 1));
		if (this.reference.whole(written).isPresent()
				|| this.reference.find(written).stream().anyMatch((b) -> !b.bareCity())) {
			return null;
		}
		boolean surnameOnly = name.size() == 1;
		if (surnameOnly && m.honorific() < 0) {
			return null;
		}
		if (name.size() > 5) {
			return null;
		}
		boolean capitalSurname = name.size() >= 2 && isUpper(name.get(name.size() - 1).word());
		List<ProseRole> roles = new ArrayList<>();
		boolean shared = false;
		if (s.parsed()) {
			int head = headOf(s, m);
			roles.addAll(appositions(text, s, head, m));
			roles.addAll(titleBefore(text, s, head, m));
			if (roles.isEmpty()) {
				List<ProseRole> group = enumerationRoles(text, s, head, all);
				shared = !group.isEmpty();
				roles.addAll(group);
			}
		}
		boolean honorific = m.honorific() > 0;
		if (!surnameOnly && !knownGiven && roles.isEmpty() && !honorific && !capitalSurname) {
			return null;
		}
		double confidence = m.recognised() ? 0.6 : 0.55;
		confidence += knownGiven ? 0.2 : 0;
		confidence += roles.isEmpty() ? 0 : 0.15;
		confidence += honorific ? 0.05 : 0;
		confidence = Math.min(0.95, confidence);
		String extractor = (!m.recognised() || shared) ? "prose-enumeration"
				: (roles.isEmpty() ? "prose-ner" : "prose-apposition");
		String honorificWord = honorific ? s.token(m.honorific()).word() : null;
		return new ProsePerson(written, honorificWord, surnameOnly, firstWord.begin(), name.get(name.size() - 1).end(),
				s.begin(), s.end(), roles, extractor, Math.round(confidence * 100) / 100.0);
	}

	private static boolean isUpper(String word) {
		return word.length() >= 2 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase());
	}

	/** The word of a mention whose head lies outside it (the first word, in UD). */
	private static int headOf(Sentence s, Mention m) {
		for (int i = m.first(); i <= m.last(); i++) {
			Token t = s.token(i);
			if (t.head() < m.first() || t.head() > m.last()) {
				return i;
			}
		}
		return m.first();
	}

	// ------------------------------------------------------------------ roles

	/** "X, vice-présidente de Y en charge de Z": title nouns attached after the name. */
	private List<ProseRole> appositions(AnnotatedText text, Sentence s, int head, Mention m) {
		List<ProseRole> out = new ArrayList<>();
		for (Token c : s.children(head)) {
			if (c.index() <= m.last() || !(c.relation("appos") || c.relation("acl") || c.relation("nmod")
					|| c.relation("amod") || c.relation("conj") && !c.person())) {
				continue;
			}
			if (!Lexicon.isTitle(c.word()) || !commaBetween(s, m.last(), c.index())) {
				continue;
			}
			ProseRole r = role(text, s, c.index(), null);
			if (r != null) {
				out.add(r);
				out.addAll(furtherRoles(text, s, c.index()));
			}
		}
		return out;
	}

	/** "Maire de X, vice-président de Y": a second title attached to the first. */
	private List<ProseRole> furtherRoles(AnnotatedText text, Sentence s, int title) {
		List<ProseRole> out = new ArrayList<>();
		for (Token c : s.children(title)) {
			if (c.index() > title && (c.relation("appos") || c.relation("conj")) && Lexicon.isTitle(c.word())
					&& !c.person()) {
				ProseRole r = role(text, s, c.index(), null);
				if (r != null) {
					out.add(r);
				}
			}
		}
		return out;
	}

	/**
	 * "la vice-présidente X", "le maire de Brest, X", "l'adjointe au maire de Bordeaux,
	 * Mme X".
	 */
	private List<ProseRole> titleBefore(AnnotatedText text, Sentence s, int head, Mention m) {
		Token h = s.token(head);
		Token governor = s.head(h);
		int start = (m.honorific() > 0) ? m.honorific() : m.first();
		if (governor != null && governor.index() < start && Lexicon.isTitle(governor.word())
				&& !s.token(governor.index()).person()) {
			ProseRole r = role(text, s, governor.index(), m);
			return (r == null) ? List.of() : List.of(r);
		}
		// a title phrase that ends right before the name, its comma aside
		int end = start - 1;
		if (end >= 1 && s.token(end).word().equals(",")) {
			end--;
		}
		for (int t = end; t >= 1 && t >= end - 8; t--) {
			Token tok = s.token(t);
			if (tok.pos().equals("VERB") || tok.pos().equals("AUX") || tok.person()) {
				break;
			}
			if (Lexicon.isTitle(tok.word()) && s.subtree(t)[1] == end) {
				ProseRole r = role(text, s, t, m);
				return (r == null) ? List.of() : List.of(r);
			}
		}
		return List.of();
	}

	/**
	 * "A, B et C, élus de Y": a role attached to the enumeration, after its last member.
	 */
	private List<ProseRole> enumerationRoles(AnnotatedText text, Sentence s, int head, List<Mention> all) {
		Token h = s.token(head);
		int group = (h.relation("conj") && s.head(h) != null) ? h.head() : head;
		if (group != head && covering(all, group) == null) {
			return List.of();
		}
		int lastMember = group;
		for (Token c : s.children(group)) {
			if (c.relation("conj") && covering(all, c.index()) != null) {
				lastMember = Math.max(lastMember, covering(all, c.index()).last());
			}
		}
		if (lastMember == group && group == head) {
			return List.of();
		}
		for (Token c : s.children(group)) {
			if (c.index() > lastMember && Lexicon.isTitle(c.word()) && !c.person()
					&& commaBetween(s, lastMember, c.index())) {
				ProseRole r = role(text, s, c.index(), null);
				if (r != null) {
					return List.of(r);
				}
			}
		}
		return List.of();
	}

	private static boolean commaBetween(Sentence s, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			if (s.token(i).word().equals(",")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The role headed by a title word: its modifiers before ("ancienne", "1er") and its
	 * subtree after, cut at the first clause boundary and, for a title before the name,
	 * before the name.
	 */
	private ProseRole role(AnnotatedText text, Sentence s, int title, Mention name) {
		int start = title;
		while (start > 1 && Lexicon.isTitleModifier(s.token(start - 1).word())) {
			start--;
		}
		int[] span = s.subtree(title);
		int end = title;
		for (int i = title + 1; i <= span[1]; i++) {
			Token t = s.token(i);
			if (name != null && i >= ((name.honorific() > 0) ? name.honorific() : name.first())) {
				break;
			}
			if (CUTTING_PUNCTUATION.contains(t.word()) || CLAUSE_WORDS.contains(Slugs.fold(t.word()))
					|| t.relation("acl:relcl") || t.relation("advcl") || t.relation("parataxis") || t.person()
					|| (t.pos().equals("AUX"))) {
				break;
			}
			if (t.relation("conj") && Lexicon.isTitle(t.word()) && i > title + 1 && s.token(i - 1).word().equals(",")) {
				break;
			}
			end = i;
		}
		while (end > title && isFunctionWord(s.token(end))) {
			end--;
		}
		Token first = s.token(start);
		Token last = s.token(end);
		String title_ = text.covered(first, last);
		return new ProseRole(title_, first.begin(), last.end(), this.bodies.of(title_));
	}

	private static boolean isFunctionWord(Token t) {
		return t.pos().equals("DET") || t.pos().equals("ADP") || t.pos().equals("CCONJ") || t.pos().equals("PUNCT")
				|| t.pos().equals("PRON");
	}

}
