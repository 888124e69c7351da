package fr.metrograph.ingest.find.meeting;

import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.split.TextLines;

/**
 * Session lines of the meeting a document reports: "Parcours n°1 : …", "Atelier A",
 * "Table ronde", "Conférence", "Retours d'expériences", "Session 2", "Plénière", "Mot
 * d'accueil", "Clôture"… (after a time, a bullet or a number), and in a numbered section
 * ("|2 Retours d'expérience et discussions") discussions and debates. Sessions take the
 * meeting's format.
 */
public final class SessionFinder implements Finder {

	private static final Pattern SESSION = Pattern.compile(
			"(?iU)^(?:parcours\\s*(?:n°|no\\.?|n\\s*°)?\\s*\\d+|atelier\\s+(?:[A-Z0-9]\\b|des\\b)|table[- ]ronde|conf[ée]rence\\b|retours? d['’]exp[ée]riences?|session\\s+\\d+|s[ée]ance de travail|pl[ée]ni[èe]re|mot d['’]accueil|ouverture\\b|synth[èe]se et cl[ôo]ture|cl[ôo]ture\\b)");

	private static final Pattern SESSION_SECTION = Pattern
		.compile("(?iU)retours? d['’]exp[ée]riences?|discussions?|d[ée]bats?");

	@Override
	public String name() {
		return "session-line";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	@Override
	public void find(ExtractionContext context) {
		MeetingFact main = context.mainMeeting().orElse(null);
		if (main == null) {
			return;
		}
		TextLines doc = context.lines();
		String previous = "";
		for (int n = doc.first(); n <= doc.last(); n++) {
			String l = Lines.clean(doc.line(n));
			if (l.isEmpty()) {
				continue;
			}
			String stripped = l.replaceFirst("^\\|?\\d{1,2}\\s+(?=\\p{L})", "")
				.replaceFirst("^\\d{1,2}\\s*h\\s*\\d{0,2}\\s*[–—-]?\\s*", "")
				.replaceFirst("^\\d{1,2}\\.\\s+", "")
				.replaceFirst("^[-•]\\s*", "")
				.strip();
			boolean numberedSection = l.matches("^\\|\\d{1,2}\\s.*") || previous.matches("\\d{1,2}");
			previous = l;
			if (SESSION.matcher(stripped).find()
					|| (numberedSection && SESSION_SECTION.matcher(stripped).find() && stripped.length() < 120)) {
				Sessions.add(context, stripped, n, main.format(), context.group());
			}
		}
	}

}
