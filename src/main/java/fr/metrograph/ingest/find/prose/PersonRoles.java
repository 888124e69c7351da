package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.annotate.Token;
import fr.metrograph.graph.Slugs;
import fr.metrograph.reference.ReferenceData;

/**
 * What the words around a name say the person is, from the dependency parse: an
 * apposition after the name ("X, vice-présidente de Y en charge de Z", and a further
 * title attached to it), a title before it ("la vice-présidente X", "le maire de Brest,
 * X"), a role shared by an enumeration ("A, B et C, élus de Y"), and the body written
 * right after the name ("X (Rennes Métropole)", "X, de la Ville de Brest,").
 * {@link RoleBodies} says at which body each role is.
 */
final class PersonRoles {

	private static final Set<String> CUTTING_PUNCTUATION = Set.of(",", ";", ":", "(", ")", "«", "»", "\"", "—", "–",
			"!", "?", ".", "[", "]", "“", "”");

	private static final Set<String> CLAUSE_WORDS = Set.of("qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle",
			"lesquels", "lesquelles", "où");

	private static final Set<String> WEEKDAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
			"dimanche");

	private static final Pattern IN_PARENTHESES = Pattern.compile("^\\s*\\(([^()]{2,80})\\)");

	private static final Pattern OF_BODY = Pattern.compile(
			"(?iU)^\\s*,\\s*(?:de la |de l['’]|du |des |de |d['’]|à la |à l['’]|au |à )?([^,;.()«»]{2,80}?)\\s*(?=[,;.)]|$)");

	private final ReferenceData reference;

	private final RoleBodies bodies;

	PersonRoles(ReferenceData reference) {
		this.reference = reference;
		this.bodies = new RoleBodies(reference);
	}

	/**
	 * The roles of a name.
	 *
	 * @param roles the roles, in order
	 * @param shared whether they are an enumeration's, shared with its other members
	 */
	record Roles(List<ProseRole> roles, boolean shared) {
	}

	/**
	 * @param text the annotated text
	 * @param s a parsed sentence of it
	 * @param m a name of that sentence
	 * @param all every candidate name of the sentence
	 * @return the roles the parse attaches to the name
	 */
	Roles of(AnnotatedText text, Sentence s, Mention m, List<Mention> all) {
		int head = m.head(s);
		List<ProseRole> roles = new ArrayList<>();
		roles.addAll(appositions(text, s, head, m));
		roles.addAll(titleBefore(text, s, head, m));
		if (!roles.isEmpty()) {
			return new Roles(roles, false);
		}
		List<ProseRole> group = enumerationRoles(text, s, head, all);
		return new Roles(group, !group.isEmpty());
	}

	/**
	 * "X (Rennes Métropole)", "X, de la Ville de Brest,", "X, ICPC,": the body written
	 * right after a name.
	 * @param text the annotated text
	 * @param from the end of the name
	 * @param sentenceEnd the end of its sentence
	 * @return the body, or null
	 */
	BodyRef affiliation(AnnotatedText text, int from, int sentenceEnd) {
		String after = text.text().substring(from, sentenceEnd);
		Matcher m = IN_PARENTHESES.matcher(after);
		if (m.find()) {
			return this.bodies.of(m.group(1));
		}
		m = OF_BODY.matcher(after);
		if (m.find()) {
			String candidate = m.group(1).strip();
			if (this.reference.whole(candidate).isPresent() || candidate.matches("(?iU)(?:la )?ville d.*")) {
				return this.bodies.of(candidate);
			}
		}
		return null;
	}

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
					&& !c.person() && !anyBetween(s, title, c.index(), (t) -> t.person() || t.word().equals(";"))) {
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
	 * Mme X", "le président de Brest métropole X", "les adjointes au maire A et B".
	 */
	private List<ProseRole> titleBefore(AnnotatedText text, Sentence s, int head, Mention m) {
		for (int t = m.honorific() + 1; m.honorific() > 0 && t < m.first(); t++) {
			// "M. le Vice-Président X": the title between the honorific and the name
			if (Lexicon.isTitle(s.token(t).word())) {
				ProseRole r = role(text, s, t, m);
				return (r == null) ? List.of() : List.of(r);
			}
		}
		Token h = s.token(head);
		Token governor = s.head(h);
		int start = m.start();
		if (governor != null && governor.index() < start && Lexicon.isTitle(governor.word())
				&& !s.token(governor.index()).person()) {
			// "adjointes au maire X": the title is the noun the nearest title hangs from
			Token title = governor;
			Token up = s.head(title);
			while (title.relation("nmod") && up != null && up.index() < title.index() && Lexicon.isTitle(up.word())) {
				title = up;
				up = s.head(title);
			}
			ProseRole r = role(text, s, title.index(), m);
			return (r == null) ? List.of() : List.of(r);
		}
		// a title phrase that ends right before the name, its comma aside
		int end = start - 1;
		if (end >= 1 && s.token(end).word().equals(",")) {
			end--;
		}
		if (end < 1 || s.token(end).pos().equals("CCONJ")) {
			return List.of();
		}
		for (int t = end; t >= 1 && t >= end - 8; t--) {
			Token tok = s.token(t);
			if (tok.pos().equals("VERB") || tok.pos().equals("AUX") || tok.person()) {
				break;
			}
			// the title's phrase ends before the name, or the parser hung the name under
			// it
			// ("la vice-présidente de Y, Mme X" read as a conjunct, "le président de Y
			// X")
			if (Lexicon.isTitle(tok.word()) && (s.subtree(t)[1] == end || governs(s, t, head))) {
				ProseRole r = role(text, s, t, m);
				return (r == null) ? List.of() : List.of(r);
			}
		}
		return List.of();
	}

	/** Whether a word is an ancestor of another through nouns and names only. */
	private static boolean governs(Sentence s, int ancestor, int word) {
		Token t = s.token(word);
		for (int steps = 0; steps < 6; steps++) {
			Token up = s.head(t);
			if (up == null) {
				return false;
			}
			if (up.index() == ancestor) {
				return true;
			}
			if (!up.pos().equals("NOUN") && !up.pos().equals("PROPN")) {
				return false;
			}
			t = up;
		}
		return false;
	}

	/**
	 * "A, B et C, élus de Y": a role attached to the enumeration, after its last member.
	 */
	private List<ProseRole> enumerationRoles(AnnotatedText text, Sentence s, int head, List<Mention> all) {
		int group = Mention.group(s, head);
		if (group != head && Mention.covering(all, group) == null) {
			return List.of();
		}
		int lastMember = group;
		for (Token c : s.children(group)) {
			Mention member = Mention.covering(all, c.index());
			if (c.relation("conj") && member != null) {
				lastMember = Math.max(lastMember, member.last());
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

	private static boolean anyBetween(Sentence s, int from, int to, Predicate<Token> test) {
		for (int i = from + 1; i < to; i++) {
			if (test.test(s.token(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean commaBetween(Sentence s, int from, int to) {
		return anyBetween(s, from, to, (t) -> t.word().equals(","));
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
			if (name != null
					&& i >= ((name.honorific() > 0 && name.honorific() < title) ? name.first() : name.start())) {
				break;
			}
			if (endsRole(t)) {
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
		String written = text.covered(first, last);
		return new ProseRole(written, first.begin(), last.end(), this.bodies.of(written));
	}

	/**
	 * A word a role never runs past: punctuation, a clause, a rule, an address, a name.
	 */
	private static boolean endsRole(Token t) {
		return CUTTING_PUNCTUATION.contains(t.word()) || CLAUSE_WORDS.contains(Slugs.fold(t.word()))
				|| WEEKDAYS.contains(Slugs.fold(t.word())) || t.word().matches("[-|/•·=_*#]+") || t.word().contains("@")
				|| t.word().startsWith("http") || t.relation("acl:relcl") || t.relation("advcl")
				|| t.relation("parataxis") || t.person() || t.pos().equals("AUX");
	}

	private static boolean isFunctionWord(Token t) {
		return t.pos().equals("DET") || t.pos().equals("ADP") || t.pos().equals("CCONJ") || t.pos().equals("PUNCT")
				|| t.pos().equals("PRON");
	}

}
