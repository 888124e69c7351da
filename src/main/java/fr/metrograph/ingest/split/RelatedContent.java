package fr.metrograph.ingest.split;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a web page (or of its copy as text) that point to other content: teasers
 * of related articles ("Sur le même sujet", "À lire aussi", "Les plus lus", "Vous aimerez
 * aussi") and the comments under an article ("7 commentaires", "Laisser un commentaire").
 * Their dates are those of other articles' publication or of readers' comments, not of a
 * meeting the page reports, so no meeting is dated from them.
 * <p>
 * Such a part starts at its heading: a Markdown heading ({@code ## Sur le même sujet},
 * the form web pages are read into) runs to the next heading of the same or a higher
 * level; a line that is only the heading's words ("À lire aussi :") runs over the lines
 * right below it while they are list items or short lines (a teaser's title, its date),
 * up to a blank line, a long line of text or a heading.
 */
public final class RelatedContent {

	/** Its lines, file numbering. */
	private final BitSet lines;

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*(#{1,6})\\s+(.*)$");

	/** A heading's words, accents and case folded, no trailing punctuation. */
	private static final Pattern HEADING = Pattern.compile("(?iU)^(?:a|à) lire (?:aussi|[ée]galement|[ée]galement :)"
			+ "|^lire aussi|^sur (?:le|la) m[êe]me (?:sujet|th[èe]me|th[ée]matique)|^dans (?:la|le) m[êe]me (?:rubrique|dossier|cat[ée]gorie)"
			+ "|^(?:nos |les )?(?:articles?|billets?|publications?) (?:similaires|li[ée]s|associ[ée]s|r[ée]cents|connexes|en lien)"
			+ "|^(?:nos |les )?derni(?:ers|[èe]res) (?:articles|billets|publications|actualit[ée]s)"
			+ "|^(?:les )?(?:articles )?(?:les )?plus (?:lus|lues|partag[ée]s|comment[ée]s)"
			+ "|^vous (?:aimerez|pourriez|aimeriez) (?:aussi|peut-[êe]tre|[ée]galement)|^[çc]a peut vous int[ée]resser"
			+ "|^ces (?:articles|contenus) (?:peuvent|pourraient) vous int[ée]resser|^(?:a|à) d[ée]couvrir (?:aussi|[ée]galement)"
			+ "|^(?:autres|d['’]autres) (?:actualit[ée]s|articles)|^actualit[ée]s (?:li[ée]es|similaires|associ[ée]es)"
			+ "|^contenus? (?:li[ée]s|associ[ée]s|similaires)|^related (?:posts|articles)|^you may also like"
			+ "|^commentaires?$|^(?:laisser|laissez|ajouter|poster) un commentaire"
			+ "|^r[ée]agir(?: [àa] (?:cet|l['’]) ?article)?$");

	private static final Pattern COMMENTS = Pattern.compile("(?iU)^\\d+\\s+(?:commentaires?|r[ée]actions?)\\b");

	/** How many words a line following a heading without Markdown may hold. */
	private static final int SHORT_LINE_WORDS = 14;

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•·–—▪►]\\s|\\d{1,2}[.)]\\s)");

	private RelatedContent(BitSet lines) {
		this.lines = lines;
	}

	/**
	 * @param doc a document's lines
	 * @return its related-content parts
	 */
	static RelatedContent of(TextLines doc) {
		return new RelatedContent(lines(doc));
	}

	/**
	 * @param line a file line number
	 * @return whether the line belongs to a related-content part
	 */
	public boolean contains(int line) {
		return this.lines.get(line);
	}

	/**
	 * @param doc a document's lines
	 * @return the file line numbers that belong to related-content parts
	 */
	static BitSet lines(TextLines doc) {
		BitSet out = new BitSet();
		for (int n = doc.first(); n <= doc.last(); n++) {
			String line = doc.line(n);
			Matcher md = MARKDOWN_HEADING.matcher(line);
			if (md.matches()) {
				if (!isHeading(md.group(2))) {
					continue;
				}
				int level = md.group(1).length();
				int end = n + 1;
				while (end <= doc.last()) {
					Matcher next = MARKDOWN_HEADING.matcher(doc.line(end));
					if (next.matches() && next.group(1).length() <= level) {
						break;
					}
					end++;
				}
				out.set(n, end);
				n = end - 1;
			}
			else if (isHeading(line)) {
				int end = n + 1;
				while (end <= doc.last()) {
					String next = doc.line(end);
					if (next.isBlank() || MARKDOWN_HEADING.matcher(next).matches() || (!LIST_ITEM.matcher(next).find()
							&& next.strip().split("\\s+").length > SHORT_LINE_WORDS)) {
						break;
					}
					end++;
				}
				out.set(n, end);
				n = end - 1;
			}
		}
		return out;
	}

	/**
	 * @param text a heading's text (without its Markdown marks)
	 * @return whether it heads related content
	 */
	static boolean isHeading(String text) {
		String t = text.strip().replaceAll("^[*_]+|[*_]+$", "").replaceAll("[\\s:.!…›»>]+$", "").strip();
		if (COMMENTS.matcher(t).find()) {
			// "2 commentaires sur « the article's whole title »"
			return true;
		}
		if (t.isEmpty() || t.split("\\s+").length > 12) {
			return false;
		}
		return HEADING.matcher(t).find();
	}

}
