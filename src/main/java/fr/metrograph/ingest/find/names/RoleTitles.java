package fr.metrograph.ingest.find.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.split.FrenchDates;

/**
 * Where a role title read from a document ends. The finders take a title up to the next
 * comma, line or separator, which on real pages can run into what follows the role: an
 * e-mail address ("délégué général - contact@…"), a date ("… à la Jeudi 7 octobre 2021"),
 * the navigation of a web page ("… Nous contacter FAQ Mentions légales"), since when it
 * is held ("présidente depuis 2017"). A title never holds any of them: it is cut before
 * the first, and the separators and linking words left at its end are dropped.
 */
public final class RoleTitles {

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+");

	private static final Pattern NAVIGATION = Pattern.compile(
			"(?U)\\b(?:Nous contacter|Contactez-nous|FAQ|Mentions légales|Cookies|Plan du site|Se connecter|Partager|Imprimer|Newsletter|S'abonner|Politique de confidentialité|En savoir plus|Lire la suite|Voir le profil|Voir plus)\\b");

	/**
	 * "présidente depuis 2017", "élu depuis mars 2020", "(jusqu'en juin 2021)": since or
	 * until when, not the role.
	 */
	private static final Pattern SINCE = Pattern
		.compile("(?iU)\\s*\\(?\\s*(?:depuis|jusqu['’]\\s?(?:en|au|à))\\s+(?:\\S+\\s+){0,3}?(?:19|20)\\d{2}\\b");

	private static final Pattern NEW = Pattern.compile("(?iU)^\\s*(?:nouve(?:au|l|lle)|actuel(?:le)?)\\s+");

	/** "président de la Métropole X et maire de Y": two mandates, two roles. */
	private static final Pattern SECOND_MANDATE = Pattern.compile(
			"(?iU)\\s+et\\s+(?=(?:1(?:er|re)\\s+)?(?:vice-pr[ée]sidente?|pr[ée]sidente?|maire|adjointe?|conseill[eè]re?)\\s+(?:au|à|de|du|des|d['’]|délégu|municipal|métropolitain|régional|départemental))");

	private static final Pattern TRAILING = Pattern.compile(
			"(?iU)(?:[\\s,;:–—-]+|\\s+(?:à|a|au|aux|la|le|les|l['’]|de|du|des|d['’]|en|et|pour|par|contact|courriel|mail|e-mail|tél\\.?))+$");

	/** A title left with function words only. */
	private static final Pattern FUNCTION_WORDS = Pattern
		.compile("(?iU)(?:(?:à|a|au|aux|la|le|les|l['’]|de|du|des|d['’]|en|et|pour|par|sur|avec)\\b\\s*)*");

	private RoleTitles() {
	}

	/**
	 * A number standing alone: a count ("Présents 51"), not an ordinal ("2e", "8e
	 * arrondissement") nor a year ("de 2014 à 2026").
	 */
	private static final Pattern COUNT = Pattern
		.compile("(?<![\\p{L}\\d°])(?!(?:19|20)\\d\\d(?!\\d))\\d+(?![\\p{L}\\d])");

	/**
	 * How many counts make a tally rather than a title: a title may hold a number or two
	 * (« point 2 … (25 min) »), a sitting's tally holds one per line of it.
	 */
	private static final int TALLY = 3;

	/**
	 * A quotation the title runs into after a colon: "vice-président délégué au climat :
	 * « Le Plan…" (a quoted name inside the title stays: "chargée du projet « Fabrique
	 * »").
	 */
	private static final Pattern QUOTE = Pattern.compile("\\s*:\\s*[«“\"]");

	/**
	 * @param title a role title as read
	 * @return the title cut before an e-mail address, a date or a page's navigation, or
	 * empty when nothing of a title is left
	 */
	public static String clean(String title) {
		int cut = title.length();
		Matcher m = EMAIL.matcher(title);
		if (m.find()) {
			cut = Math.min(cut, m.start());
		}
		m = NAVIGATION.matcher(title);
		if (m.find()) {
			cut = Math.min(cut, m.start());
		}
		m = SINCE.matcher(title);
		if (m.find()) {
			cut = Math.min(cut, m.start());
		}
		for (FrenchDates.DateSpan d : FrenchDates.find(title, 2000)) {
			cut = Math.min(cut, d.from());
		}
		m = QUOTE.matcher(title);
		if (m.find()) {
			cut = Math.min(cut, m.start());
		}
		// "nouveau vice-président": the title is the same; a title wrapped over lines is
		// one line
		String out = NEW.matcher(title.substring(0, cut)).replaceFirst("").replaceAll("\\s+", " ");
		String before;
		do {
			before = out;
			out = TRAILING.matcher(out).replaceFirst("").strip();
		}
		while (!out.equals(before));
		// "Par Damien Ollagnier Le 18/10/2025": the words before a date are no title; a
		// sitting's tally ("Membres en exercice 70 Présents 51 …") is none either
		return (FUNCTION_WORDS.matcher(out).matches() || COUNT.matcher(out).results().count() >= TALLY) ? "" : out;
	}

	/**
	 * @param title a cleaned role title
	 * @return the mandates it holds, one title each ("président de X et maire de Y" is
	 * two)
	 */
	public static List<String> mandates(String title) {
		List<String> out = new ArrayList<>();
		for (String piece : SECOND_MANDATE.split(title)) {
			if (!piece.isBlank()) {
				out.add(piece.strip());
			}
		}
		return out;
	}

}
