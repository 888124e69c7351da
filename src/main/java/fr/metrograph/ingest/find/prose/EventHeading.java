package fr.metrograph.ingest.find.prose;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.split.FrenchDates;

/**
 * A short line that names an event and no date: the title of the date written below it
 * ("### Webinaire « Budgets participatifs »" then "**Mardi 12 janvier 2021 de 10h à
 * 12h**"). A kicker above a title is read as the title ("ATELIER CITOYEN" / "Fabrique
 * citoyenne des mobilités : atelier de restitution"); a menu or a row of columns never
 * is.
 *
 * @param title the event's name
 * @param noun its event noun
 * @param block the index of the block it stands in
 */
record EventHeading(String title, String noun, int block) {

	/** A menu or a row of columns: "Accueil Projets Agenda", "Date | Thème". */
	private static final Pattern COLUMNS = Pattern.compile("\\S {3,}\\S|\\|");

	private static final Pattern MARKUP = Pattern
		.compile("^[#*_>\\s]+|[*_\\s]+$|\\s*\\((?:report[ée]e?|annul[ée]e?|complet|nouveau|nouvelle date)\\)\\s*$");

	static EventHeading of(String text, Integer year) {
		String[] lines = text.strip().split("\n");
		if (lines.length > 1 && lines.length <= 3) {
			// a kicker above a title ("ATELIER CITOYEN" / "Fabrique citoyenne … :
			// atelier de restitution"): the last line that names an event
			for (int i = lines.length - 1; i >= 0; i--) {
				EventHeading h = COLUMNS.matcher(lines[i]).find() ? null : of(lines[i], year);
				if (h != null && Arrays.stream(lines)
					.noneMatch((l) -> l.strip().endsWith(".")
							|| !FrenchDates.findAll(l, (year != null) ? year : 2000).isEmpty())) {
					return h;
				}
			}
			return null;
		}
		String t = MARKUP.matcher(text.strip()).replaceAll("").strip();
		if (t.isEmpty() || t.contains("\n") || t.endsWith(".") || t.split("\\s+").length > 14
				|| !FrenchDates.findAll(t, (year != null) ? year : 2000).isEmpty()) {
			return null;
		}
		Matcher n = Lexicon.eventNoun().matcher(t);
		if (!n.find() || n.start() > 40) {
			return null;
		}
		if (t.equals(t.toUpperCase(Locale.ROOT))) {
			t = t.substring(0, 1) + t.substring(1).toLowerCase(Locale.ROOT);
		}
		return new EventHeading(t, n.group(), -1);
	}

	EventHeading at(int b) {
		return new EventHeading(this.title, this.noun, b);
	}

}
