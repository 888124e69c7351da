package fr.metrograph.ingest.split;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's title: its one top-level heading ("# …", as a web page's h1 element is
 * written), else its first heading or first meaningful block (bold spans joined, a title
 * broken over two blocks rejoined, a Markdown image left out, a link read as its text),
 * with inclusive spellings written one way ("élu.e.s" → "élu·es"). The formulas over an
 * official paper ("RÉPUBLIQUE FRANÇAISE") are no title; a council's deliberation is known
 * by its subject ("Objet : …").
 */
public final class Titles {

	/**
	 * The formulas over an official paper: "RÉPUBLIQUE FRANÇAISE", "Liberté Égalité
	 * Fraternité".
	 */
	private static final Pattern LETTERHEAD = Pattern
		.compile("(?iU)\\W*(?:r[ée]publique fran[çc]aise|libert[ée]\\W+[ée]galit[ée]\\W+fraternit[ée])\\W*");

	/**
	 * A deliberation's subject: "Objet : Adhésion à l'ICPC - Désignation des
	 * représentants".
	 */
	private static final Pattern SUBJECT = Pattern.compile("(?imU)^\\W*objet\\s*:\\s*(.{4,300})$");

	/** A line of an e-mail's headers: "De : …", "Envoyé : …", "Objet : …". */
	private static final Pattern MAIL_HEADER = Pattern
		.compile("(?iU)^[>\\s]*(?:de|from|envoy[ée]|date|[àa]|to|cc|objet|subject)\\s*:");

	/** An e-mail's subject line, its "RE :", "TR :", "Fwd:" marks apart. */
	private static final Pattern MAIL_SUBJECT = Pattern
		.compile("(?iU)^[>\\s]*(?:objet|subject)\\s*:\\s*(?:(?:re|tr|fwd?|réf)\\s*:\\s*)*(.{4,300})$");

	/** A site's breadcrumb: "Accueil > Emploi & carrières > … > the page". */
	private static final Pattern BREADCRUMB = Pattern
		.compile("(?iU)^(?:accueil|home)\\s*[>›»/]\\s*(?:[^>›»]+[>›»]\\s*)*([^>›»]{4,})$");

	/**
	 * A divider line, with or without a caption: "==== copie pour le dossier ====",
	 * "-------- Message transféré --------".
	 */
	private static final Pattern DIVIDER = Pattern.compile("^[=\\-_*~#]{3,}(?:.*[=\\-_*~#]{3,})?$");

	/** How many more lines a deliberation's subject in capitals may run over. */
	private static final int SUBJECT_LINES = 3;

	/** How many lines an e-mail's first headers may run over. */
	private static final int MAIL_HEADER_LINES = 12;

	/** A paper's number: "N° 742", "n°2024-03", "Numéro 12". */
	private static final Pattern PAPER_NUMBER = Pattern.compile("(?iU)(?:n[°o]\\.?|num[ée]ro)\\s*\\d[\\d\\-/.]*");

	/** A Markdown top-level heading, as a web page's h1 element is written. */
	private static final Pattern TOP_HEADING = Pattern.compile("(?m)^#[ \\t]+(\\S.{2,300})$");

	private Titles() {
	}

	static String of(TextLines doc, boolean councilRecord) {
		if (councilRecord) {
			// a deliberation is known by its subject, not by the formulas over it
			Matcher subject = SUBJECT.matcher(doc.text());
			if (subject.find()) {
				return normalise(subject.group(1) + capitalsBelow(doc, doc.lineAt(subject.start(1)), subject.group(1)));
			}
		}
		// an e-mail (or a thread) is known by its subject, not by its sender line
		String subject = mailSubject(doc);
		if (subject != null) {
			return normalise(subject);
		}
		// the page's one top-level heading, wherever the site's header and menus put it
		Matcher heading = TOP_HEADING.matcher(doc.text());
		if (heading.find()) {
			String first = heading.group(1);
			if (!heading.find()) {
				return normalise(first.replaceAll("[#\\s]+$", ""));
			}
		}
		List<TextLines.Paragraph> paragraphs = doc.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			TextLines.Paragraph p = paragraphs.get(i);
			StringBuilder sb = new StringBuilder();
			for (String line : p.lines().lines()) {
				if (LETTERHEAD.matcher(line).matches()) {
					continue;
				}
				sb.append(' ').append(line.strip());
				int bold = sb.toString().split("\\*\\*", -1).length - 1;
				if (bold % 2 == 0) {
					break;
				}
			}
			// a Markdown image ("![Logo](logo.png)") is no title; a link is its text
			String t = sb.toString()
				.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "")
				.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
				.replace("*", "")
				.replaceAll("^[#\\s]+", "")
				.strip();
			// a breadcrumb ("Accueil > Emploi > Chargé·e de mission…") ends with the
			// page's title
			Matcher crumbs = BREADCRUMB.matcher(t);
			if (crumbs.matches()) {
				t = crumbs.group(1).strip();
			}
			// a number is no title, nor a paper's number ("N° 742")
			if (t.length() < 4 || t.matches("\\d+") || PAPER_NUMBER.matcher(t).matches()) {
				continue;
			}
			// A title broken over two blocks: "Résumé annuel" then "du groupe des …".
			if (i + 1 < paragraphs.size()) {
				List<String> next = paragraphs.get(i + 1).lines().lines();
				String continuation = next.isEmpty() ? "" : next.get(0).strip();
				if (next.size() == 1 && continuation.length() < 80 && !continuation.isEmpty()
						&& Character.isLowerCase(continuation.charAt(0))) {
					t = t + " " + continuation;
				}
			}
			return normalise(t);
		}
		return "";
	}

	/**
	 * The rest of a subject written in capitals over several lines ("OBJET : DÉMOCRATIE
	 * LOCALE – RÉSEAU …" / "ADHÉSION À L'INSTITUT …"), up to the first line that is not
	 * in capitals: the text of the deliberation.
	 */
	private static String capitalsBelow(TextLines doc, int line, String first) {
		if (!inCapitals(first)) {
			return "";
		}
		StringBuilder more = new StringBuilder();
		for (int n = line + 1; n <= Math.min(doc.last(), line + SUBJECT_LINES); n++) {
			String next = doc.line(n).strip();
			if (next.isEmpty() || !inCapitals(next)) {
				break;
			}
			more.append(' ').append(next);
		}
		return more.toString();
	}

	private static boolean inCapitals(String text) {
		return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
	}

	/**
	 * @param doc a document's lines
	 * @return whether it opens with an e-mail's headers and its subject: a message
	 */
	static boolean isMessage(TextLines doc) {
		return mailSubject(doc) != null;
	}

	/**
	 * The subject of a text that opens with an e-mail's headers, or null.
	 */
	private static String mailSubject(TextLines doc) {
		int seen = 0;
		for (int n = doc.first(); n <= doc.last() && seen < MAIL_HEADER_LINES; n++) {
			String line = doc.line(n);
			if (line.isBlank()) {
				continue;
			}
			if (seen == 0 && DIVIDER.matcher(line.strip()).matches()) {
				// a filing note or a forwarding divider over the headers
				continue;
			}
			if (seen == 0 && !MAIL_HEADER.matcher(line).find()) {
				return null;
			}
			seen++;
			Matcher m = MAIL_SUBJECT.matcher(line);
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	/**
	 * Folds whitespace, drops bold markers and writes inclusive spellings one way.
	 * @param t a title as written
	 * @return the title
	 */
	public static String normalise(String t) {
		String s = t.replace("*", "").replaceAll("\\s+", " ").strip();
		s = s.replaceAll("(?iU)\\b([ée]lu|agent|citoyen)[.·\\-]e[.·\\-]s\\b", "$1·es");
		s = s.replaceAll("(?iU)\\b([ée]lu|agent)\\.es\\b", "$1·es");
		return s;
	}

}
