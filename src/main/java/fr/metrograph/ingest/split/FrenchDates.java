package fr.metrograph.ingest.split;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;

/**
 * Finds French dates and date ranges in text, in the forms French authors write them:
 * <ul>
 * <li>single days: "le 3 février 2021", "le jeudi 16 mars 2023", "1er juin",
 * "12/01/2021", "12.01.21", "2021-01-12", "le 16/03";</li>
 * <li>several days: "les 4 et 5 juin", "les 4 &amp; 5 juin 2019", "les 4, 5 et 6 juin",
 * "jeudi 2 et vendredi 3 octobre 2025";</li>
 * <li>ranges: "du 2 au 4 octobre 2018", "du 30 juin au 2 juillet", "du 30 décembre 2019
 * au 2 janvier 2020", "2-4 octobre";</li>
 * <li>a time slot after a day: "mardi 12 janvier 2021 de 10h à 12h", "à 14h30", "9h30 -
 * 12h";</li>
 * <li>a month only, with {@link #findAll}: "en mars 2020", "Octobre 2025".</li>
 * </ul>
 * A day written without its year takes the year of the last date written with one before
 * it in the same text, else the caller's default year; when a weekday is written and does
 * not fall on that date, the year before or after is taken if the weekday fits it ("jeudi
 * 16 mars" in a 2024 document whose facts are of 2023); a weekday in the plural names
 * every day of the list it opens ("les mardis 16 janvier, 13 février et 12 mars"). A
 * range whose first month is after its last ("du 30 décembre au 2 janvier 2020") starts
 * the year before.
 * <p>
 * A number after "n°" ("Webinaire n°2 — Jeudi 13 avril") is no day.
 * <p>
 * Limits: no relative dates ("demain", "la semaine prochaine"), no seasons ("au
 * printemps"), ranges longer than 60 days are ignored, non-consecutive day lists ("les 3,
 * 10 et 17 juin") give one single-day span per day.
 * <p>
 * Why over 300 lines: it is one grammar (the month, weekday, day and year patterns and
 * the year inference above are shared by every form), and each form is a short pattern
 * with its reading; splitting the forms apart would duplicate the shared patterns or
 * expose them as a second public class every caller must know.
 */
public final class FrenchDates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("fevrier", 2),
			Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6),
			Map.entry("juillet", 7), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
			Map.entry("novembre", 11), Map.entry("decembre", 12), Map.entry("janv", 1), Map.entry("fevr", 2),
			Map.entry("fev", 2), Map.entry("avr", 4), Map.entry("juil", 7), Map.entry("sept", 9), Map.entry("oct", 10),
			Map.entry("nov", 11), Map.entry("dec", 12));

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("lundi", DayOfWeek.MONDAY, "mardi", DayOfWeek.TUESDAY,
			"mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY, "vendredi", DayOfWeek.FRIDAY, "samedi",
			DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);

	private static final String MONTH = "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
			+ "|janv\\.|f[ée]vr?\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|d[ée]c\\.)";

	private static final String WEEKDAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

	private static final String DAY = "(?:" + WEEKDAY + "\\s+)?(\\d{1,2})(?:er|ᵉʳ)?";

	/**
	 * "les mardis 16 janvier, 13 février et " before a day: the weekday of every day of
	 * the list.
	 */
	private static final Pattern PLURAL_WEEKDAY_LIST = Pattern.compile("(?iU)\\b" + WEEKDAY
			+ "s\\s+(?:\\d{1,2}(?:er)?\\s+" + MONTH + "(?:\\s+\\d{4})?\\s*(?:,|\\bet\\b|&)\\s*)*$");

	private static final String YEAR = "(?:\\s+(\\d{4}))?";

	/** "du 30 juin au 2 juillet 2019", "du 2 au 4 octobre", "2-4 octobre 2018". */
	private static final Pattern RANGE = Pattern.compile("(?iU)(?<![\\d/.°])(?<!n°\\s)(?:\\bdu\\s+)?" + DAY + "(?:\\s+"
			+ MONTH + YEAR + ")?\\s*(?:\\bau\\b|-|–|—)\\s*(?:le\\s+)?" + DAY + "\\s+" + MONTH + YEAR + "(?![\\d])");

	/**
	 * "les 4 et 5 juin", "4 & 5 juin 2019", "4, 5 et 6 juin", "jeudi 2 et vendredi 3".
	 */
	private static final Pattern LIST = Pattern.compile("(?iU)(?<![\\d/.°])(?<!n°\\s)((?:" + WEEKDAY.replace("(", "(?:")
			+ "\\s+)?\\d{1,2}(?:er|ᵉʳ)?(?:\\s*(?:,|\\bet\\b|&)\\s*(?:le\\s+)?(?:" + WEEKDAY.replace("(", "(?:")
			+ "\\s+)?\\d{1,2}(?:er|ᵉʳ)?)+)\\s+" + MONTH + YEAR + "(?![\\d])");

	private static final Pattern SINGLE = Pattern
		.compile("(?iU)(?<![\\d/.°])(?<!n°\\s)\\b" + DAY + "\\s+" + MONTH + YEAR + "(?![\\d])");

	private static final Pattern NUMERIC = Pattern
		.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.]|\\.\\d)");

	/**
	 * "le 16/03", "jeudi 16/03" (a day and a month without a year, after "le" or a
	 * weekday, so that a fraction "2/3 des participants" is none).
	 */
	private static final Pattern SHORT_NUMERIC = Pattern.compile(
			"(?iU)\\b(?:le|du|au|" + WEEKDAY.substring(1, WEEKDAY.length() - 1) + ")\\s+(\\d{1,2})/(\\d{2})(?![\\d/])");

	private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

	private static final Pattern MONTH_ONLY = Pattern
		.compile("(?iU)(?<![\\d]\\s?)\\b(?:(en|au mois de|courant|d[ée]but|fin|mi-)\\s*)?" + MONTH + YEAR + "\\b");

	private static final Pattern TIME = Pattern.compile(
			"(?iU)^\\s*[,:]?\\s*(?:(?:de|d[èe]s|à|a|entre)\\s+)?(\\d{1,2})\\s*h\\s*(\\d{2})?(?:\\s*(?:à|a|-|–|et)\\s*(\\d{1,2})\\s*h\\s*(\\d{2})?)?");

	private static final Pattern YEAR_WORD = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

	private FrenchDates() {
	}

	/** How precise a date is. */
	public enum Precision {

		/** A day or a range of days. */
		DAY,
		/** A whole month ("en mars 2020"): start and end are its first and last days. */
		MONTH

	}

	/**
	 * A date or date range found in a text.
	 *
	 * @param start start date
	 * @param end end date (equal to start for a single day)
	 * @param from start offset in the text
	 * @param to end offset (exclusive; after the time slot, when there is one)
	 * @param explicitYear whether the year was written
	 * @param precision day or month
	 * @param startTime start of the time slot written after the day, or null
	 * @param endTime end of the time slot, or null
	 */
	public record DateSpan(LocalDate start, LocalDate end, int from, int to, boolean explicitYear, Precision precision,
			LocalTime startTime, LocalTime endTime) {

		/**
		 * A day or range of days without a time slot.
		 * @param start start date
		 * @param end end date
		 * @param from start offset
		 * @param to end offset
		 * @param explicitYear whether the year was written
		 */
		public DateSpan(LocalDate start, LocalDate end, int from, int to, boolean explicitYear) {
			this(start, end, from, to, explicitYear, Precision.DAY, null, null);
		}

	}

	/**
	 * Finds every day or range of days, in text order (no month-only dates).
	 * @param text the text
	 * @param defaultYear year for dates written without one (when no earlier date of the
	 * text has one), or null to skip them
	 * @return the dates found
	 */
	public static List<DateSpan> find(String text, Integer defaultYear) {
		return scan(text, defaultYear, false);
	}

	/**
	 * Finds every day, range of days, and month written alone ("en mars 2020",
	 * {@link Precision#MONTH}), in text order.
	 * @param text the text
	 * @param defaultYear year for dates written without one, or null to skip them
	 * @return the dates found
	 */
	public static List<DateSpan> findAll(String text, Integer defaultYear) {
		return scan(text, defaultYear, true);
	}

	private static List<DateSpan> scan(String text, Integer defaultYear, boolean months) {
		List<DateSpan> out = new ArrayList<>();
		boolean[] used = new boolean[text.length() + 1];
		Years years = new Years(text, defaultYear);
		iso(text, used, out);
		numeric(text, used, out);
		shortNumeric(text, years, used, out);
		ranges(text, years, used, out);
		lists(text, years, used, out);
		singles(text, years, used, out);
		if (months) {
			monthsOnly(text, years, used, out);
		}
		out.sort(Comparator.comparingInt(DateSpan::from));
		List<DateSpan> timed = new ArrayList<>(out.size());
		for (DateSpan d : out) {
			timed.add((d.precision() == Precision.DAY) ? withTime(text, d) : d);
		}
		return timed;
	}

	private static void iso(String text, boolean[] used, List<DateSpan> out) {
		Matcher m = ISO.matcher(text);
		while (m.find()) {
			LocalDate a = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			if (a != null) {
				add(out, used, new DateSpan(a, a, m.start(), m.end(), true));
			}
		}
	}

	private static void numeric(String text, boolean[] used, List<DateSpan> out) {
		Matcher m = NUMERIC.matcher(text);
		while (m.find()) {
			if (used[m.start()]) {
				continue;
			}
			int y = Integer.parseInt(m.group(4));
			if (m.group(4).length() == 2) {
				if (m.group(2).equals(".")) {
					// "12.01.21" could be a version or a figure: only slashes with two
					// digits
					continue;
				}
				y += (y < 70) ? 2000 : 1900;
			}
			LocalDate a = date(y, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
			if (a != null) {
				add(out, used, new DateSpan(a, a, m.start(), m.end(), true));
			}
		}
	}

	private static void shortNumeric(String text, Years years, boolean[] used, List<DateSpan> out) {
		Matcher m = SHORT_NUMERIC.matcher(text);
		while (m.find()) {
			Integer year = years.at(m.start(1));
			if (used[m.start(1)] || year == null) {
				continue;
			}
			LocalDate a = date(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
			if (a != null) {
				add(out, used, new DateSpan(a, a, m.start(1), m.end(), false));
			}
		}
	}

	private static void ranges(String text, Years years, boolean[] used, List<DateSpan> out) {
		Matcher m = RANGE.matcher(text);
		while (m.find()) {
			if (anyUsed(used, m.start(), m.end())) {
				continue;
			}
			// groups: 1 weekday, 2 day, 3 month, 4 year; 5 weekday, 6 day, 7 month, 8
			// year
			int month2 = month(m.group(7));
			int month1 = (m.group(3) != null) ? month(m.group(3)) : month2;
			boolean explicit = m.group(8) != null || m.group(4) != null;
			Integer year2 = (m.group(8) != null) ? Integer.valueOf(m.group(8)) : years.at(m.start());
			if (year2 == null) {
				continue;
			}
			Integer year1 = (m.group(4) != null) ? Integer.valueOf(m.group(4))
					: ((month1 > month2) ? year2 - 1 : year2);
			LocalDate a = date(year1, month1, Integer.parseInt(m.group(2)));
			LocalDate b = date(year2, month2, Integer.parseInt(m.group(6)));
			if (a == null || b == null || !b.isAfter(a) || a.plusDays(60).isBefore(b)) {
				continue;
			}
			if (!explicit) {
				int shift = weekdayShift(a, m.group(1), b, m.group(5));
				a = a.plusYears(shift);
				b = b.plusYears(shift);
			}
			add(out, used, new DateSpan(a, b, m.start(), m.end(), explicit));
		}
	}

	private static void lists(String text, Years years, boolean[] used, List<DateSpan> out) {
		Matcher m = LIST.matcher(text);
		while (m.find()) {
			if (anyUsed(used, m.start(), m.end())) {
				continue;
			}
			boolean explicit = m.group(3) != null;
			Integer year = explicit ? Integer.valueOf(m.group(3)) : years.at(m.start());
			if (year == null) {
				continue;
			}
			int month = month(m.group(2));
			List<Integer> days = new ArrayList<>();
			Matcher d = Pattern.compile("\\d{1,2}").matcher(m.group(1));
			while (d.find()) {
				days.add(Integer.valueOf(d.group()));
			}
			boolean consecutive = true;
			for (int k = 1; k < days.size(); k++) {
				consecutive &= days.get(k) == days.get(k - 1) + 1;
			}
			Matcher w = Pattern.compile("(?iU)" + WEEKDAY).matcher(m.group(1));
			String weekday = w.find() ? w.group(1) : null;
			LocalDate first = date(year, month, days.get(0));
			if (first == null) {
				continue;
			}
			int shift = explicit ? 0 : weekdayShift(first, weekday, null, null);
			if (consecutive) {
				LocalDate last = date(year, month, days.get(days.size() - 1));
				if (last != null) {
					add(out, used,
							new DateSpan(first.plusYears(shift), last.plusYears(shift), m.start(), m.end(), explicit));
				}
				continue;
			}
			for (int day : days) {
				LocalDate a = date(year + shift, month, day);
				if (a != null) {
					out.add(new DateSpan(a, a, m.start(), m.end(), explicit));
				}
			}
			markUsed(used, m.start(), m.end());
		}
	}

	private static void singles(String text, Years years, boolean[] used, List<DateSpan> out) {
		Matcher m = SINGLE.matcher(text);
		while (m.find()) {
			if (anyUsed(used, m.start(), m.end())) {
				continue;
			}
			boolean explicit = m.group(4) != null;
			Integer year = explicit ? Integer.valueOf(m.group(4)) : years.at(m.start());
			if (year == null) {
				continue;
			}
			LocalDate a = date(year, month(m.group(3)), Integer.parseInt(m.group(2)));
			if (a == null) {
				continue;
			}
			if (!explicit) {
				String weekday = m.group(1);
				if (weekday == null) {
					Matcher plural = PLURAL_WEEKDAY_LIST
						.matcher(text.substring(Math.max(0, m.start() - 120), m.start()));
					weekday = plural.find() ? plural.group(1) : null;
				}
				a = a.plusYears(weekdayShift(a, weekday, null, null));
			}
			add(out, used, new DateSpan(a, a, m.start(), m.end(), explicit));
		}
	}

	private static void monthsOnly(String text, Years years, boolean[] used, List<DateSpan> out) {
		Matcher m = MONTH_ONLY.matcher(text);
		while (m.find()) {
			if (anyUsed(used, m.start(), m.end())) {
				continue;
			}
			boolean explicit = m.group(3) != null;
			// a month without its year only after "en", "au mois de"…: "mars" alone is
			// too
			// often something else ("la marche de mars", a verb form)
			if (!explicit && m.group(1) == null) {
				continue;
			}
			Integer year = explicit ? Integer.valueOf(m.group(3)) : years.at(m.start());
			if (year == null) {
				continue;
			}
			YearMonth ym = YearMonth.of(year, month(m.group(2)));
			add(out, used, new DateSpan(ym.atDay(1), ym.atEndOfMonth(), m.start(), m.end(), explicit, Precision.MONTH,
					null, null));
		}
	}

	private static DateSpan withTime(String text, DateSpan d) {
		Matcher t = TIME.matcher(text.substring(d.to(), Math.min(text.length(), d.to() + 40)));
		if (!t.find()) {
			return d;
		}
		LocalTime start = time(t.group(1), t.group(2));
		LocalTime end = (t.group(3) != null) ? time(t.group(3), t.group(4)) : null;
		if (start == null || (t.group(3) != null && end == null)) {
			return d;
		}
		return new DateSpan(d.start(), d.end(), d.from(), d.to() + t.end(), d.explicitYear(), d.precision(), start,
				end);
	}

	private static LocalTime time(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = (minutes != null) ? Integer.parseInt(minutes) : 0;
		return (h < 24 && m < 60) ? LocalTime.of(h, m) : null;
	}

	/**
	 * 0, or -1/+1 when the written weekday does not fall on the date but falls on it the
	 * year before/after.
	 */
	private static int weekdayShift(LocalDate a, String weekdayA, LocalDate b, String weekdayB) {
		String name = (weekdayA != null) ? weekdayA : weekdayB;
		LocalDate day = (weekdayA != null) ? a : b;
		if (name == null || day == null) {
			return 0;
		}
		DayOfWeek wanted = WEEKDAYS.get(Slugs.fold(name));
		if (day.getDayOfWeek() == wanted) {
			return 0;
		}
		for (int shift : new int[] { -1, 1 }) {
			LocalDate other = date(day.getYear() + shift, day.getMonthValue(), day.getDayOfMonth());
			if (other != null && other.getDayOfWeek() == wanted) {
				return shift;
			}
		}
		return 0;
	}

	/**
	 * The year of a date written without one: the last year written before, or a default.
	 */
	private static final class Years {

		private final List<int[]> written = new ArrayList<>();

		private final Integer fallback;

		Years(String text, Integer fallback) {
			this.fallback = fallback;
			if (fallback == null) {
				return;
			}
			// only dates with a day or a month before the year count as context
			Matcher m = Pattern
				.compile("(?iU)" + MONTH + "\\s+((?:19|20)\\d\\d)\\b|\\d{1,2}/\\d{1,2}/((?:19|20)\\d\\d)")
				.matcher(text);
			while (m.find()) {
				String y = (m.group(2) != null) ? m.group(2) : m.group(3);
				this.written.add(new int[] { m.start(), Integer.parseInt(y) });
			}
		}

		Integer at(int offset) {
			Integer year = this.fallback;
			if (year == null) {
				return null;
			}
			for (int[] w : this.written) {
				if (w[0] < offset) {
					year = w[1];
				}
			}
			return year;
		}

	}

	private static boolean anyUsed(boolean[] used, int from, int to) {
		for (int i = from; i < to; i++) {
			if (used[i]) {
				return true;
			}
		}
		return false;
	}

	private static void markUsed(boolean[] used, int from, int to) {
		for (int i = from; i < to; i++) {
			used[i] = true;
		}
	}

	private static void add(List<DateSpan> out, boolean[] used, DateSpan span) {
		markUsed(used, span.from(), span.to());
		out.add(span);
	}

	private static int month(String name) {
		String key = Slugs.fold(name).toLowerCase(Locale.ROOT).replace(".", "");
		return MONTHS.get(key);
	}

	private static LocalDate date(int y, int m, int d) {
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
