package fr.metrograph.ingest.find.prose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.split.FrenchDates;
import fr.metrograph.ingest.split.FrenchDates.DateSpan;

/**
 * Agenda entries whose date stands on a line of its own, above their title, as agendas
 * and sidebars of events write them:
 *
 * <pre>
 * Jeudi 2 février, 18h
 * Conférence-débat « La démocratie locale à l'épreuve de la défiance »
 * À Rennes, salle de la Cité. Organisée par Rennes Métropole.
 * </pre>
 *
 * A date line is a line that is a date and little else (a time slot, "—", at most three
 * other words such as "ANNULÉ"); its title is the next line when that line names an event
 * (an event noun in its first words), holds no date and is short. The entry runs to the
 * next date line or the end of the text; it is cancelled when its lines say so ("—
 * ANNULÉ", "le séminaire est annulé"). A date line whose dates are no event's (a
 * publication, a deadline) starts no entry. A month alone above the title heads a section
 * when a day stands on the line below the title: that day is the entry's.
 */
final class AgendaEntries {

	private static final Pattern MARKUP = Pattern.compile("^[#*_>\\-•·|\\s]+|[*_|\\s]+$");

	private static final Pattern WORD = Pattern.compile("(?U)\\p{L}[\\p{L}'’·\\-]*");

	private static final Pattern TIME = Pattern.compile("(?iU)\\b\\d{1,2}\\s*h\\s*\\d{0,2}\\b");

	/** Words a date line may hold besides its date. */
	private static final Set<String> DATE_LINE_WORDS = Set.of("le", "les", "la", "l", "de", "à", "a", "et", "du", "au",
			"h", "dès", "à partir", "annulé", "annulée", "annulés", "annulées", "reporté", "reportée", "complet",
			"nouveau", "nouvelle", "date", "horaire", "horaires");

	/** How many other words a date line may hold. */
	private static final int DATE_LINE_OTHER_WORDS = 3;

	/** How many words a title line may hold. */
	private static final int TITLE_WORDS = 16;

	private AgendaEntries() {
	}

	/**
	 * One entry of an agenda.
	 *
	 * @param begin where its date line starts in the text
	 * @param titleBegin where its title line starts
	 * @param titleEnd where its title line ends
	 * @param end where the entry ends (exclusive)
	 * @param date its date
	 * @param title its title, without markup
	 * @param noun its event noun
	 * @param cancelled whether its lines say it is cancelled
	 */
	record Entry(int begin, int titleBegin, int titleEnd, int end, DateSpan date, String title, String noun,
			boolean cancelled) {

		boolean overlaps(int from, int to) {
			return from < this.end && to > this.begin;
		}

	}

	/**
	 * @param text a block of text (lines separated by '\n')
	 * @param year the year of dates written without one, or null
	 * @param writtenOn when the document was written, or null
	 * @return its entries, in order
	 */
	static List<Entry> in(String text, Integer year, LocalDate writtenOn) {
		List<int[]> lines = lines(text);
		List<Integer> dateLines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (isDateLine(line(text, lines.get(i)), year)) {
				dateLines.add(i);
			}
		}
		List<Entry> out = new ArrayList<>();
		for (int k = 0; k < dateLines.size(); k++) {
			int i = dateLines.get(k);
			if (i + 1 >= lines.size() || dateLines.contains(i + 1)) {
				continue;
			}
			int[] titleLine = lines.get(i + 1);
			String title = MARKUP.matcher(line(text, titleLine)).replaceAll("");
			Matcher noun = Lexicon.eventNoun().matcher(title);
			if (title.isEmpty() || !noun.find() || noun.start() > 40 || words(title) > TITLE_WORDS
					|| !FrenchDates.findAll(title, (year != null) ? year : 2000).isEmpty()) {
				continue;
			}
			int begin = lines.get(i)[0];
			int next = k + 1;
			List<DateSpan> dates = EventDates.in(line(text, lines.get(i)), year, writtenOn);
			if (!dates.isEmpty() && dates.get(0).precision() == FrenchDates.Precision.MONTH && next < dateLines.size()
					&& dateLines.get(next) == i + 2) {
				// "MAI 2025" / title / "Mardi 20 mai 2025, 18h": the month heads
				// a section, the day below the title is the entry's
				List<DateSpan> day = EventDates.in(line(text, lines.get(i + 2)), year, writtenOn);
				dates = day.isEmpty() ? dates : day;
				next++;
			}
			int end = (next < dateLines.size()) ? lines.get(dateLines.get(next))[0] : text.length();
			boolean cancelled = EventDates.cancelled(text.substring(begin, end));
			if (dates.isEmpty() && !cancelled) {
				continue;
			}
			if (title.equals(title.toUpperCase(Locale.ROOT))) {
				title = title.substring(0, 1) + title.substring(1).toLowerCase(Locale.ROOT);
			}
			out.add(new Entry(begin, titleLine[0], titleLine[1], end, dates.isEmpty() ? null : dates.get(0), title,
					noun.group(), cancelled || dates.isEmpty()));
		}
		return out;
	}

	/**
	 * The entry of a text whose first line is a title, dated by a date line standing in
	 * the block before it ("* JEUDI 21 MARS 2019 - PARIS" as a list item, then "Journée
	 * d'étude « Participation et intercommunalité »").
	 * @param text the text under the date line
	 * @param date the date line's date
	 * @param dateLine the date line, for its cancellation
	 * @param year the year of dates written without one, or null
	 * @return the entry, or null when the first line is no event's title
	 */
	static Entry titled(String text, DateSpan date, String dateLine, Integer year) {
		List<int[]> lines = lines(text);
		if (lines.isEmpty()) {
			return null;
		}
		int[] titleLine = lines.get(0);
		String title = MARKUP.matcher(line(text, titleLine)).replaceAll("");
		if (title.isEmpty() || words(title) > TITLE_WORDS
				|| !FrenchDates.findAll(title, (year != null) ? year : 2000).isEmpty()) {
			return null;
		}
		Matcher noun = Lexicon.eventNoun().matcher(title);
		boolean named = noun.find() && noun.start() <= 40;
		// an events calendar's entry: a date with its hours over a heading, whatever the
		// heading says ("14 novembre 2024 @ 14h00" over "### Quelles coopérations ?")
		boolean calendar = line(text, titleLine).startsWith("#") && TIME.matcher(dateLine).find();
		if (!named && !calendar) {
			return null;
		}
		boolean cancelled = EventDates.cancelled(dateLine) || EventDates.cancelled(text);
		return new Entry(0, titleLine[0], titleLine[1], text.length(), date, title, named ? noun.group() : "",
				cancelled);
	}

	/**
	 * @param line a line
	 * @param year the year of dates written without one, or null
	 * @return whether it is a date and little else
	 */
	static boolean isDateLine(String line, Integer year) {
		String t = MARKUP.matcher(line).replaceAll("");
		List<DateSpan> dates = FrenchDates.findAll(t, (year != null) ? year : 2000);
		if (t.isEmpty() || dates.isEmpty() || dates.get(0).from() > 4) {
			return false;
		}
		StringBuilder rest = new StringBuilder();
		int cursor = 0;
		for (DateSpan d : dates) {
			if (d.from() >= cursor) {
				rest.append(t, cursor, d.from()).append(' ');
				cursor = d.to();
			}
		}
		rest.append(t.substring(Math.min(cursor, t.length())));
		String others = TIME.matcher(rest).replaceAll(" ");
		int count = 0;
		Matcher w = WORD.matcher(others);
		while (w.find()) {
			if (!DATE_LINE_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) {
				count++;
			}
		}
		return count <= DATE_LINE_OTHER_WORDS;
	}

	private static List<int[]> lines(String text) {
		List<int[]> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				if (!text.substring(start, i).isBlank()) {
					out.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		return out;
	}

	private static String line(String text, int[] line) {
		return text.substring(line[0], line[1]);
	}

	private static int words(String text) {
		Matcher m = WORD.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
