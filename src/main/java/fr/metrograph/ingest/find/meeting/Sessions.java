package fr.metrograph.ingest.find.meeting;

import java.util.ArrayList;
import java.util.List;

import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.themes.Themes;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;

/**
 * The sessions of the meeting a document reports ({@code PART_OF} it): titles tidied
 * ("Parcours n°1" → "Parcours 1", quotes as « »), one session per title or per theme, a
 * theme from the lexicon or from the title's part after a colon.
 */
public final class Sessions {

	private Sessions() {
	}

	/** The sessions found so far. */
	public static List<MeetingFact> of(ExtractionContext context) {
		String main = context.mainMeetingId();
		return context.findings()
			.meetings()
			.stream()
			.filter((m) -> main != null && main.equals(m.partOfId()) && m.kind().equals("session"))
			.toList();
	}

	/**
	 * Adds a session of the main meeting, or returns the known one with the same title or
	 * theme.
	 * @param context the document
	 * @param rawTitle the session's title as written
	 * @param line the line it is written on
	 * @param format the session's format
	 * @param group its group, or null
	 * @return the session
	 */
	public static MeetingFact add(ExtractionContext context, String rawTitle, int line, Format format, String group) {
		String t = rawTitle.replaceAll("(?iU)parcours\\s*(?:n°|no\\.?|n\\s*°)\\s*(\\d+)", "Parcours $1")
			.replaceAll("\"\\s*([^\"]+?)\\s*\"", "« $1 »")
			.replaceAll("\\s*[,—–]\\s*anim[ée]e?s? par.*$", "")
			.replaceAll("\\s+[—–]\\s+.*$", "")
			.replaceAll("[\\s:]+$", "")
			.strip();
		t = t.replaceAll(":\\s*«\\s*([^«»]+?)\\s*»$", ": $1");
		String theme = themeOf(t);
		List<MeetingFact> known = of(context);
		for (MeetingFact s : known) {
			if (Slugs.of(s.title()).equals(Slugs.of(t))
					|| (theme != null && !s.themeIds().isEmpty() && s.themeIds().get(0).equals(Themes.id(theme)))) {
				return s;
			}
		}
		Evidence ev = context.lines().evidence(line, line);
		List<String> themes = new ArrayList<>();
		if (theme != null) {
			themes.add(context.findings().theme(theme, ev));
		}
		String main = context.mainMeetingId();
		MeetingFact s = new MeetingFact(Ids.session(main, known.size() + 1), t, null, null, context.year(), format,
				null, "session", null, false, main, group, themes, ev);
		context.findings().meeting(s);
		return s;
	}

	/** The known session whose title contains a sub-heading ("Parcours 1 :"), or null. */
	public static MeetingFact titled(ExtractionContext context, String subheading) {
		String key = Slugs.of(subheading.replaceAll("[«»\"“”]", ""));
		String keyNoArticle = Slugs.of(Themes.normalise(subheading.replaceAll("[«»\"“”]", "")));
		for (MeetingFact s : of(context)) {
			String st = Slugs.of(s.title());
			if (st.contains(key) || st.contains(keyNoArticle)) {
				return s;
			}
		}
		return null;
	}

	private static String themeOf(String title) {
		List<String> known = Themes.known(title);
		if (!known.isEmpty()) {
			return known.get(0);
		}
		int colon = title.indexOf(':');
		if (colon < 0) {
			return null;
		}
		String norm = Themes.normalise(title.substring(colon + 1).replaceAll("[«»\"“”]", "").strip());
		return norm.length() < 3 ? null : norm;
	}

}
