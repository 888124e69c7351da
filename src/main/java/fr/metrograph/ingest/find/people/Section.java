package fr.metrograph.ingest.find.people;

import java.util.regex.Pattern;

import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.split.Layout;

/**
 * What a list heading says of the people under it: "Présent·es" (present participants),
 * "Excusé·es" (excused), "Accueil & préparation" (organisers), "Animation"
 * (facilitators), "Intervenant·es" (speakers), "En visioconférence" (present, remotely),
 * "Accompagné·es par" (accompanying), "Prise de notes" (no one to record). A heading over
 * 45 characters is not a list heading.
 *
 * @param status the status of the people listed (null: not attested)
 * @param capacity their capacity (null: none)
 * @param remote whether they attended remotely
 */
record Section(Status status, Capacity capacity, boolean remote) {

	private static final String INCL = Layout.INCL;

	private static final Pattern ORGANISER = Pattern.compile(
			"(?iU)^(?:accueil(?:\\s*(?:et|&)\\s*(?:organisation|pr[ée]paration))?|organisation|pr[ée]paration|organisat(?:eur|rice)\\S*|coordination)$");

	private static final Pattern FACILITATOR = Pattern.compile(
			"(?iU)^(?:animation(?:\\s+(?:des|du|de la)\\s+\\S+)?|facilitation|animat(?:eur|rice)\\S*|anim[ée]e?s? par)$");

	private static final Pattern SPEAKER = Pattern
		.compile("(?iU)^(?:intervenant" + INCL + "|intervention(?:s)?(?: de)?|orat(?:eur|rice)s?|avec)$");

	private static final Pattern REMOTE = Pattern.compile("(?iU)^(?:pr[ée]sent" + INCL
			+ "\\s+)?(?:en\\s+)?(?:visio(?:conf[ée]rence)?|distanciel|[àa] distance|en ligne)(?:\\s+\\S+)?$");

	private static final Pattern ACCOMPANY = Pattern
		.compile("(?iU)^accompagn(?:ant|[ée])" + INCL + "(?:\\s+(?:par|de))?$");

	private static final Pattern NOTES = Pattern
		.compile("(?iU)^(?:prise de notes|secr[ée]tariat|r[ée]daction|contact)$");

	/**
	 * Headings that end a list: a summary, an agenda, a programme, debates, decisions.
	 */
	static final Pattern STOP = Pattern.compile(
			"(?iU)^(?:sommaire|ordre du jour|programme|d[ée]roul[ée]|introduction|[ée]changes|d[ée]cisions|relev[ée] de d[ée]cisions|\\|?\\d{1,2}|[àa] retenir|synth[èe]se)$");

	/**
	 * What ends a list block: a rule, a numbered item ("1. Bilans") or a Markdown
	 * heading.
	 */
	static final Pattern BREAK = Pattern.compile("(?U)^(?:[-=_*~#]{3,}.*|\\d{1,2}[.)]\\s+\\p{L}.*|#{1,6}\\s.*)$");

	Section(Status status, Capacity capacity) {
		this(status, capacity, false);
	}

	/** Whether the section only says who took notes: nobody to record. */
	boolean empty() {
		return this.status == null && this.capacity == null;
	}

	/**
	 * @param heading a heading as written (bold, '#', trailing colon allowed)
	 * @return the section it opens, or null when it is no list heading
	 */
	static Section of(String heading) {
		String h = heading.replace("*", "").replaceAll("^[#\\s]+", "").replaceAll("[\\s:]+$", "").strip();
		if (h.length() > 45) {
			return null;
		}
		if (Layout.PRESENT_HEADING.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.PARTICIPANT);
		}
		if (Layout.EXCUSED_HEADING.matcher(h).matches()) {
			return new Section(Status.EXCUSED, null);
		}
		if (ORGANISER.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.ORGANISER);
		}
		if (FACILITATOR.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.FACILITATOR);
		}
		if (SPEAKER.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.SPEAKER);
		}
		if (REMOTE.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.PARTICIPANT, true);
		}
		if (ACCOMPANY.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.ACCOMPANYING);
		}
		if (NOTES.matcher(h).matches()) {
			return new Section(null, null);
		}
		return null;
	}

	/**
	 * A line that is only a list heading ("Étaient présent·es :", "En visioconférence
	 * :").
	 * @param line a line
	 * @return its section, or null
	 */
	static Section ofLine(String line) {
		String l = Lines.clean(line);
		if (l.isEmpty() || (l.contains(":") && !l.endsWith(":"))) {
			return null;
		}
		return of(l);
	}

}
