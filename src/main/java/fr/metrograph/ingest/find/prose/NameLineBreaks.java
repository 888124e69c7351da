package fr.metrograph.ingest.find.prose;

import java.util.regex.Pattern;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.GivenNames;
import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.annotate.Token;

/**
 * Where a name the recogniser found across a line break really stops: lines that a
 * scraped page, a PDF or a list joined into one sentence put words of a heading, a credit
 * or the next name right after a name. A table's initials before a name are not its start
 * either.
 */
final class NameLineBreaks {

	/** Initials: "JAM", "ARa", "HdK" (two capitals at least, in two to four letters). */
	private static final Pattern INITIALS = Pattern.compile("(?=(?:\\p{Ll}?\\p{Lu}){2})\\p{Lu}\\p{L}{1,3}");

	private final GivenNames givenNames;

	NameLineBreaks(GivenNames givenNames) {
		this.givenNames = givenNames;
	}

	/**
	 * A name does not run into the next line's first word, nor start with the previous
	 * line's last one, when that word is no proper noun: "Crédits photos : Rémi Jacquot"
	 * then "Rapport d'activité", "Ouverture" then "Christelle Moreau-Nkoulou, …" (lines a
	 * scraped page or a PDF joined). A surname in capitals stays ("Cheikh Tidiane" /
	 * "FALL"), but a name already whole before the break does not go on into the next
	 * line ("Rémi Jacquot" then "Rapport", tagged a proper noun at a line's start; "…
	 * Participation Citoyenne" then "RAPPORT D'ACTIVITÉ"): only given names wait for a
	 * surname on the next line, or the one word of a surname that ends there ("Bérénice
	 * Vo" / "Thanh,"; not "Ronan Guillou" / "Marie-Thérèse N'Diaye-Lambert,").
	 */
	Mention trim(AnnotatedText text, Sentence s, Mention m) {
		int first = m.first();
		int last = m.last();
		for (int k = first + 1; k <= last; k++) {
			if (lineBreak(text, s.token(k - 1), s.token(k)) && (commonWords(s, k, last)
					|| wholeBefore(s, first, k) && !(k == last && endsAtPunctuation(text, s, last)))) {
				last = k - 1;
				break;
			}
		}
		while (m.honorific() < 0 && first < last && lineBreak(text, s.token(first), s.token(first + 1))
				&& commonWord(s.token(first))) {
			first++;
		}
		if (m.honorific() < 0 && last - first >= 2 && initialsOf(s.token(first).word(), s.token(first + 1).word())) {
			// "ARa Anselme Rakotomalala", "HdK Hortense de Kergariou": a table's initials
			// before the name they stand for
			first++;
		}
		return (first == m.first() && last == m.last()) ? m : new Mention(first, last, m.honorific(), m.recognised());
	}

	/**
	 * Whether a word is the initials of the name it comes before: two to four letters,
	 * two of them capitals, the first that of a known given name after it ("JAM" /
	 * "Joël").
	 */
	private boolean initialsOf(String word, String given) {
		return INITIALS.matcher(word).matches() && Character.toUpperCase(given.charAt(0)) == word.charAt(0)
				&& this.givenNames.isKnown(given);
	}

	/**
	 * Whether the mention is followed, on its line, by punctuation ("Bérénice Vo" /
	 * "Thanh, responsable…": a surname wrapped over the line ends there), not by more
	 * words ("Rapport d'activité 2023").
	 */
	private static boolean endsAtPunctuation(AnnotatedText text, Sentence s, int last) {
		if (last >= s.tokens().size()) {
			return false;
		}
		Token next = s.token(last + 1);
		return !lineBreak(text, s.token(last), next) && next.word().matches("[,;:()]");
	}

	/**
	 * Whether the tokens before {@code breakAt} already make a name: two words or more,
	 * not all of them given names.
	 */
	private boolean wholeBefore(Sentence s, int first, int breakAt) {
		if (breakAt - first < 2) {
			return false;
		}
		for (int i = first; i < breakAt; i++) {
			if (!this.givenNames.isKnown(s.token(i).word())) {
				return true;
			}
		}
		return false;
	}

	private static boolean lineBreak(AnnotatedText text, Token a, Token b) {
		return text.text().substring(a.end(), b.begin()).contains("\n");
	}

	private static boolean commonWords(Sentence s, int from, int to) {
		for (int i = from; i <= to; i++) {
			if (!commonWord(s.token(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean commonWord(Token t) {
		return !t.pos().equals("PROPN") && !isUpper(t.word());
	}

	/** A word in capitals ("FALL", "DUPONT"), two letters or more. */
	static boolean isUpper(String word) {
		return word.length() >= 2 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase());
	}

}
