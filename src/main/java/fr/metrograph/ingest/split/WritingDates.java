package fr.metrograph.ingest.split;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a document says it was written, and where that places a day written without its
 * year ({@link #placed}): "le 14 novembre dernier" in an e-mail of March 2025 is in 2024,
 * a meeting "reporté au 14 mai" in a letter of December 2023 is in 2024. The writing date
 * is an e-mail's sending date ("Envoyé :", "Date :", "… a écrit :"), a publication or
 * update date ("publié le", "mis à jour le", "rédigé le"), else a dated masthead in the
 * first lines ("n° 14 — décembre 2023").
 */
public final class WritingDates {

	/** An e-mail's sender line: with a subject or recipient line, a header. */
	private static final Pattern MAIL_FROM = Pattern.compile("(?imU)^[>\\s]*(?:de|from)\\s*:");

	private static final Pattern MAIL_SUBJECT = Pattern.compile("(?imU)^[>\\s]*(?:objet|subject|[àa]|to)\\s*:");

	/** "Envoyé : lundi 3 mars 2025", "Date : jeu. 9 oct. 2025" in an e-mail's headers. */
	static final Pattern SENT_BEFORE = Pattern.compile("(?iU)(?:envoy[ée]e?|date|sent)\\s*:[^:]{0,12}$");

	/** "Le jeu. 9 oct. 2025 à 17:03, Lucie Perrin a écrit :". */
	static final Pattern WROTE_AFTER = Pattern.compile("(?iU)^[^\\n]{0,60}\\ba [ée]crit\\s*:");

	/**
	 * A news site's byline date, followed by its time and its update or reading time: "Le
	 * 18/10/2025 à 06:00, mis à jour le …", "18 oct. 2025 · 4 min de lecture".
	 */
	static final Pattern BYLINE_AFTER = Pattern.compile(
			"(?iU)^\\s*(?:[àa]\\s*\\d{1,2}\\s*[h:]\\s*\\d{0,2}\\s*)?[,|·•–—-]?\\s*(?:mise?\\s+[àa]\\s+jour|modifi[ée]|actualis[ée]|\\d+\\s*min(?:utes?)?\\s+de\\s+lecture|temps de lecture)");

	/**
	 * When a document says it was written: sent, published, updated, put online, written
	 * ("rédigé le").
	 */
	private static final Pattern WRITTEN_BEFORE = Pattern.compile(
			"(?iU)(?:envoy[ée]e?|sent|publi[ée]e?|mise? [àa] jour|mise? en ligne|r[ée]dig[ée]e?|date de publication)(?:\\s+par\\s+[^\\n]{1,40}?)?\\s*(?:le|:|du)?\\s*$");

	private WritingDates() {
	}

	/**
	 * When the document says it was written: the first date after "Envoyé :", "Date :"
	 * (in an e-mail's headers), "publié le", "mis à jour le", "rédigé le"…, else a dated
	 * masthead in its first five lines: a month alone or a line with a masthead's words
	 * ("n° 14 — décembre 2023": the month's first day).
	 */
	static LocalDate writtenOn(TextLines doc, Integer defaultYear) {
		String text = doc.joined();
		boolean mail = mailHeader(doc.text());
		for (FrenchDates.DateSpan d : FrenchDates.find(text, defaultYear)) {
			String before = text.substring(Math.max(0, d.from() - 50), d.from());
			if (d.explicitYear()
					&& (WRITTEN_BEFORE.matcher(before).find() || (mail && SENT_BEFORE.matcher(before).find())
							|| WROTE_AFTER.matcher(text.substring(d.to())).find()
							|| BYLINE_AFTER.matcher(text.substring(d.to())).find())) {
				return d.start();
			}
		}
		for (String l : headLines(doc)) {
			if (l.strip().split("\\s+").length > 12) {
				continue;
			}
			List<FrenchDates.DateSpan> dates = FrenchDates.findAll(l, null);
			if (dates.size() == 1 && dates.get(0).explicitYear()
					&& (dates.get(0).precision() == FrenchDates.Precision.MONTH || MASTHEAD.matcher(l).find())) {
				return dates.get(0).start();
			}
		}
		return null;
	}

	/**
	 * A masthead's words: "n° 14 — décembre 2023", "Nancy | Vie locale | Mardi 2 mars
	 * 2021".
	 */
	private static final Pattern MASTHEAD = Pattern
		.compile("(?iU)\\bn°|\\bnum[ée]ro\\b|\\b[ée]dition\\b|\\blettre\\b|\\bnewsletter\\b|\\bbulletin\\b|\\|");

	/**
	 * Whether a text holds an e-mail's headers: a sender line and a subject or recipient
	 * line.
	 */
	static boolean mailHeader(String text) {
		return MAIL_FROM.matcher(text).find() && MAIL_SUBJECT.matcher(text).find();
	}

	/** Which way from the date a document was written a day without its year lies. */
	public enum Direction {

		/** Told as past: "le 14 novembre dernier", "s'est tenue le…". */
		PAST,
		/** Told as coming: "aura lieu le…", "reporté au…". */
		FUTURE

	}

	/**
	 * A date written without its year, moved by whole years to the side of the document's
	 * writing date its wording says: a past day on or before it, a coming day on or after
	 * it and within a year of it (a week's slack for a meeting told the day after). A
	 * date with its year, or with a weekday that fits it, or a document without a writing
	 * date, is left as it is.
	 * @param date the date as the parser read it (with the document's year)
	 * @param weekday whether a weekday was written with it (then the parser chose the
	 * year it fits)
	 * @param writtenOn when the document was written, or null
	 * @param direction the side of that date the wording puts it on
	 * @return the date, placed
	 */
	public static FrenchDates.DateSpan placed(FrenchDates.DateSpan date, boolean weekday, LocalDate writtenOn,
			Direction direction) {
		if (date.explicitYear() || weekday || writtenOn == null || direction == null) {
			return date;
		}
		int shift = 0;
		// a coming day is the first such, within a year of the writing date, even when
		// the parser gave it a later year ("les municipales de mars 2026 … les 2 et 3
		// octobre" in May 2025); a past day is not moved forward: a report may be
		// published long after the year it tells
		if (direction == Direction.PAST) {
			while (date.start().plusYears(shift).isAfter(writtenOn) && shift > -2) {
				shift--;
			}
		}
		else {
			LocalDate floor = writtenOn.minusDays(7);
			// a month alone counts from its last day
			LocalDate last = (date.precision() == FrenchDates.Precision.MONTH) ? date.end() : date.start();
			while (last.plusYears(shift).isBefore(floor) && shift < 2) {
				shift++;
			}
			while (!last.plusYears(shift - 1).isBefore(floor) && shift > -2) {
				shift--;
			}
		}
		if (shift == 0) {
			return date;
		}
		return new FrenchDates.DateSpan(date.start().plusYears(shift), date.end().plusYears(shift), date.from(),
				date.to(), false, date.precision(), date.startTime(), date.endTime());
	}

	/** The first five lines of a document that are not blank, where a masthead stands. */
	static List<String> headLines(TextLines doc) {
		List<String> lines = new ArrayList<>();
		for (int n = doc.first(); n <= doc.last() && lines.size() < 5; n++) {
			if (!doc.line(n).isBlank()) {
				lines.add(doc.line(n));
			}
		}
		return lines;
	}

}
