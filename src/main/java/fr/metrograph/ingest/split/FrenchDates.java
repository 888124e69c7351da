package fr.metrograph.ingest.split;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;

/**
 * Finds French dates and date ranges in text: "Les 5 et 6 Mai 2022", "le jeudi 16 mars
 * 2023", "16/03/2023", "du 3 au 4 juin 2024", "du 30 mai au 2 juin 2024", "Jeudi 2 et
 * vendredi 3 octobre 2025", "mardi 2 avril" (year taken from a default).
 * <p>
 * Limits: no times, no month-only dates ("en mai"), no two-digit years.
 */
public final class FrenchDates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("fevrier", 2),
			Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6),
			Map.entry("juillet", 7), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
			Map.entry("novembre", 11), Map.entry("decembre", 12));

	private static final String MONTH = "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)";

	private static final String DAY = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?";

	private static final Pattern RANGE = Pattern.compile("(?iU)\\b(?:du\\s+|les\\s+)?" + DAY
			+ "(\\d{1,2})(?:er)?(?:\\s+" + MONTH + ")?(?:\\s+(\\d{4}))?\\s*(?:et|au|-|–)\\s*" + DAY
			+ "(\\d{1,2})(?:er)?\\s+" + MONTH + "(?:\\s+(\\d{4}))?");

	private static final Pattern SINGLE = Pattern
		.compile("(?iU)\\b" + DAY + "(\\d{1,2})(?:er)?\\s+" + MONTH + "(?:\\s+(\\d{4}))?");

	private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

	private FrenchDates() {
	}

	/**
	 * A date or date range found in a text.
	 *
	 * @param start start date
	 * @param end end date (equal to start for a single day)
	 * @param from start offset in the text
	 * @param to end offset (exclusive)
	 * @param explicitYear whether the year was written
	 */
	public record DateSpan(LocalDate start, LocalDate end, int from, int to, boolean explicitYear) {
	}

	/**
	 * Finds every date or range, in text order.
	 * @param text the text
	 * @param defaultYear year for dates written without one, or null to skip them
	 * @return the dates found
	 */
	public static List<DateSpan> find(String text, Integer defaultYear) {
		List<DateSpan> out = new ArrayList<>();
		boolean[] used = new boolean[text.length() + 1];
		Matcher m = RANGE.matcher(text);
		while (m.find()) {
			Integer year2 = (m.group(6) != null) ? Integer.valueOf(m.group(6)) : null;
			Integer year1 = (m.group(3) != null) ? Integer.valueOf(m.group(3)) : year2;
			if (year1 == null) {
				year1 = defaultYear;
				year2 = defaultYear;
			}
			if (year1 == null || year2 == null) {
				continue;
			}
			int month2 = month(m.group(5));
			int month1 = (m.group(2) != null) ? month(m.group(2)) : month2;
			LocalDate a = date(year1, month1, Integer.parseInt(m.group(1)));
			LocalDate b = date(year2, month2, Integer.parseInt(m.group(4)));
			if (a == null || b == null || b.isBefore(a) || a.plusDays(60).isBefore(b)) {
				continue;
			}
			add(out, used, new DateSpan(a, b, m.start(), m.end(), m.group(6) != null || m.group(3) != null));
		}
		m = SINGLE.matcher(text);
		while (m.find()) {
			if (used[m.start()]) {
				continue;
			}
			Integer year = (m.group(3) != null) ? Integer.valueOf(m.group(3)) : defaultYear;
			if (year == null) {
				continue;
			}
			LocalDate a = date(year, month(m.group(2)), Integer.parseInt(m.group(1)));
			if (a != null) {
				add(out, used, new DateSpan(a, a, m.start(), m.end(), m.group(3) != null));
			}
		}
		m = NUMERIC.matcher(text);
		while (m.find()) {
			if (used[m.start()]) {
				continue;
			}
			LocalDate a = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(1)));
			if (a != null) {
				add(out, used, new DateSpan(a, a, m.start(), m.end(), true));
			}
		}
		out.sort(Comparator.comparingInt(DateSpan::from));
		return out;
	}

	private static void add(List<DateSpan> out, boolean[] used, DateSpan span) {
		for (int i = span.from(); i < span.to(); i++) {
			used[i] = true;
		}
		out.add(span);
	}

	private static int month(String name) {
		return MONTHS.get(Slugs.fold(name).toLowerCase(Locale.ROOT));
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
