package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.annotate.Token;
import fr.metrograph.graph.Slugs;

/**
 * The names of a sentence that may be people, before any judging: the recogniser's person
 * spans (split at punctuation and conjunctions, honorifics and titles it swept in trimmed
 * off), names after an honorific it missed ("Mme Troadec"), and, in a parsed sentence,
 * the conjuncts of an enumeration of people it missed ("A, B et C").
 */
final class PeopleCandidates {

	private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "d’", "le", "la", "van", "von", "ben",
			"ibn", "el", "al", "da", "di", "dos", "del", "della", "y", "bin", "ter", "den", "der", "mac", "mc");

	private static final Set<String> CONNECTORS = Set.of(",", "et", "ainsi", "que", "ou", "encore", "&");

	private PeopleCandidates() {
	}

	/**
	 * @param s an annotated sentence
	 * @return its candidate names, in order
	 */
	static List<Mention> in(Sentence s) {
		List<Mention> out = new ArrayList<>();
		for (int[] run : s.entities("PER")) {
			// "Plaine Commune - Gwenola Kervella", "Anne, Paul": one run, several names
			int start = run[0];
			for (int i = run[0]; i <= run[1] + 1; i++) {
				if (i > run[1] || s.token(i).pos().equals("PUNCT") || s.token(i).pos().equals("CCONJ")) {
					if (i > start) {
						Mention m = trim(s, start, i - 1, true);
						if (m != null) {
							out.add(m);
						}
					}
					start = i + 1;
				}
			}
		}
		// an honorific the recogniser did not follow: "Mme Troadec", "M. Lefebvre"
		for (Token t : s.tokens()) {
			if (Lexicon.isHonorific(t.word()) && t.index() < s.tokens().size()
					&& Mention.covering(out, t.index() + 1) == null && Mention.covering(out, t.index()) == null) {
				Mention m = trim(s, t.index(), Math.min(s.tokens().size(), t.index() + 4), false);
				if (m != null && m.honorific() == t.index()) {
					out.add(m);
				}
			}
		}
		if (s.parsed()) {
			enumerations(s, out);
		}
		written(s, out);
		List<Mention> distinct = new ArrayList<>();
		for (Mention m : out) {
			// "M. Jean-Luc Moudenc", "M. le Vice-Président X": an honorific the
			// recogniser
			// left out is the name's
			int h = honorificBefore(s, m.first());
			if (m.honorific() < 0 && h > 0) {
				m = new Mention(m.first(), m.last(), h, m.recognised());
			}
			if (Mention.covering(distinct, m.first()) == null) {
				distinct.add(m);
			}
		}
		distinct.sort((a, b) -> Integer.compare(a.first(), b.first()));
		return distinct;
	}

	/**
	 * Members of an enumeration as written that neither the recogniser nor the parse
	 * gave: a name of two capitalised words or more right after another name and a comma,
	 * "et", "ainsi que", "ou (encore)" ("A et Awa Traoré", the recogniser taking the
	 * second for a place).
	 */
	private static void written(Sentence s, List<Mention> mentions) {
		List<Mention> todo = new ArrayList<>(mentions);
		while (!todo.isEmpty()) {
			Mention m = todo.remove(0);
			int next = afterConnector(s, m.last() + 1);
			if (next < 0 || Mention.covering(mentions, next) != null || !s.token(next).pos().equals("PROPN")) {
				continue;
			}
			Mention e = trim(s, next, Math.min(s.tokens().size(), next + 4), false);
			if (e != null && e.first() == next && e.last() > e.first()) {
				mentions.add(e);
				todo.add(e);
			}
		}
	}

	/**
	 * @param s a sentence
	 * @param from the word after a name
	 * @return the word after a connector of an enumeration (a body in parentheses
	 * skipped), or -1
	 */
	private static int afterConnector(Sentence s, int from) {
		int i = from;
		int n = s.tokens().size();
		if (i <= n && s.token(i).word().equals("(")) {
			while (i <= n && !s.token(i).word().equals(")") && i - from < 12) {
				i++;
			}
			i++;
		}
		int connectors = 0;
		while (i <= n && CONNECTORS.contains(Slugs.fold(s.token(i).word()))) {
			i++;
			connectors++;
		}
		return (connectors > 0 && connectors <= 3 && i <= n && s.token(i).capitalised()) ? i : -1;
	}

	/**
	 * @param s a sentence
	 * @param a a name
	 * @param b a name after it
	 * @return whether only a connector of an enumeration (and a body in parentheses)
	 * stands between them
	 */
	static boolean adjacent(Sentence s, Mention a, Mention b) {
		return afterConnector(s, a.last() + 1) == b.start();
	}

	/**
	 * @param s a sentence
	 * @param first the first word of a name
	 * @return the honorific right before it, or before a title between them ("M. le
	 * Vice-Président"), or -1
	 */
	private static int honorificBefore(Sentence s, int first) {
		for (int i = first - 1; i >= 1 && i >= first - 4; i--) {
			Token t = s.token(i);
			if (Lexicon.isHonorific(t.word())) {
				return i;
			}
			if (!Lexicon.isTitle(t.word()) && !Lexicon.isTitleModifier(t.word()) && !t.pos().equals("DET")) {
				return -1;
			}
		}
		return -1;
	}

	/** Members of an enumeration of people that the recogniser missed. */
	private static void enumerations(Sentence s, List<Mention> mentions) {
		List<Mention> found = new ArrayList<>();
		for (Mention m : mentions) {
			int group = Mention.group(s, m.head(s));
			List<Token> members = new ArrayList<>(s.children(group));
			members.add(s.token(group));
			for (Token c : members) {
				if ((c.index() != group && !c.relation("conj")) || Mention.covering(mentions, c.index()) != null
						|| Mention.covering(found, c.index()) != null) {
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

	/**
	 * Trims honorifics, titles and determiners before a name and punctuation after it,
	 * starts it at an honorific inside it, and stops it at the first word that cannot be
	 * part of one.
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
			else if (Lexicon.isTitle(t.word()) || Lexicon.isTitleModifier(t.word()) || t.pos().equals("DET")
					|| (honorific < 0 && t.pos().equals("PUNCT"))) {
				// "la vice-présidente X", "M. le Vice-Président X"
				a++;
			}
			else {
				break;
			}
		}
		if (a > last || !s.token(a).capitalised()) {
			return null;
		}
		for (int i = a + 1; i <= last; i++) {
			if (Lexicon.isHonorific(s.token(i).word()) && i < last) {
				// "de DÉSIGNER M. Erwan LE GUENNEC": no word before an honorific
				// belongs to the name
				return trim(s, i, last, recognised);
			}
			if (!s.token(i).capitalised()) {
				break;
			}
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

}
