package fr.metrograph.ingest.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;

/**
 * What the shape of a document says before anything is read from it: whether it has
 * attendance lists or tables (then it reports who came), and whether it is a programme
 * (three or more time slots and no attendance list: people are announced, not attested).
 * The heading patterns are shared with the finders that read those lists.
 *
 * @param attendanceLists whether a list heading ("Présent·es", "Excusé·es") or an
 * attendance table header ({@code | Nom |}, "Nom Fonction Structure") occurs
 * @param timeSlots number of lines that start with a time ("9h30 –")
 * @param councilRecord whether it is a council's register of deliberations
 * ({@link CouncilRecords}): its session and attendance are the council's, not the
 * network's
 * @param related its related articles and comments ({@link RelatedContent}), whose dates
 * are no meeting's
 * @param record whether one of its first lines calls it the record of a meeting (minutes,
 * « relevé de décisions », an attendance sheet): with a meeting found, it is known as a
 * meeting report even when it lists no attendance
 * @param message whether it opens with an e-mail's headers and subject: an invitation's
 * programme does not make it a meeting report
 */
public record Layout(boolean attendanceLists, int timeSlots, boolean councilRecord, RelatedContent related,
		boolean record, boolean message) {

	/** Inclusive-writing endings: présent·es, excusé.e.s, participant-es. */
	public static final String INCL = "(?:[·.\\-]?e)?(?:[·.\\-]?s)?";

	/** A heading of the people who came. */
	public static final Pattern PRESENT_HEADING = Pattern
		.compile("(?iU)^(?:[ée]taient\\s+)?(?:pr[ée]sent" + INCL + "|participant" + INCL
				+ "|liste des participant\\S*|liste de pr[ée]sence|participant[·.]?e?s? pr[ée]sent\\S*)$");

	/** A heading of the people who sent apologies. */
	public static final Pattern EXCUSED_HEADING = Pattern
		.compile("(?iU)^(?:excus[ée]" + INCL + "|absent" + INCL + "(?:\\s+excus\\S*)?|[ée]taient excus\\S*)$");

	/**
	 * The header line of a table without pipes, as a PDF text layer gives it (folded).
	 */
	public static final Pattern SPACED_TABLE_HEADER = Pattern.compile(
			"^(?:civilite\\s+)?(?:nom|prenom|participant\\S*)(?:\\s+(?:et\\s+)?(?:/|prenom|nom|fonction|titre|role|poste|structure|organisme|collectivite|institution|statut|presence|emargement|signature|qualite|p\\s?/\\s?e|\\d{1,2}/\\d{1,2}))+\\s*$");

	/**
	 * A heading that calls the document the record of a meeting: minutes, « relevé de
	 * décisions », « procès-verbal », an attendance or sign-in sheet.
	 */
	private static final Pattern RECORD_TITLE = Pattern.compile(
			"(?iU)(?<!\\p{L})(?:compte[- ]rendu|relev[ée] (?:de|des) (?:d[ée]cisions|conclusions|[ée]changes)|proc[èe]s[- ]verbal|pv de|synth[èe]se (?:de la r[ée]union|des [ée]changes|de l['’]atelier)|feuille (?:de pr[ée]sence|d['’][ée]margement)|liste (?:d['’][ée]margement|de pr[ée]sence|des pr[ée]sents)|actes)(?!\\p{L})");

	/** How many of a document's first lines may call it a record. */
	private static final int RECORD_HEAD_LINES = 15;

	/** A longer line is a sentence, which may name minutes without being them. */
	private static final int RECORD_LINE_LENGTH = 120;

	/** A line that starts with a time: "9h30 –", "14 h". */
	public static final Pattern TIME_SLOT = Pattern.compile("^\\W*\\d{1,2}\\s*h\\s*\\d{0,2}\\W");

	/** A sentence that tells a meeting was held ("la rencontre s'est tenue…"). */
	public static final Pattern MEETING_PHRASE = Pattern.compile(
			"(?iU)((?:la |le |l['’])?(?:\\p{L}+i[èe]me |premi[èe]re |1[èe]re )?(?:rencontre|r[ée]union|s[ée]minaire|journ[ée]e|assembl[ée]e)[^,.;]{0,80}?)\\s+(?:s['’]est (?:tenue?|d[ée]roul[ée]e?)|a eu lieu|a r[ée]uni)");

	/**
	 * The meeting told as hosted: "Saint-Étienne Métropole a accueilli la rencontre des
	 * élus du réseau." (the meeting is the object, up to the clause's end).
	 */
	private static final Pattern HOSTED_PHRASE = Pattern.compile(
			"(?iU)\\b(?:a|ont|avait|avaient) (?:accueilli|organis[ée]|h[ée]berg[ée])e?s?\\s+((?:la |le |l['’])(?:\\p{L}+i[èe]me |premi[èe]re |1[èe]re )?(?:rencontre|r[ée]union|s[ée]minaire|journ[ée]e|assembl[ée]e)[^,.;:!?()«»]{0,80})(?=[,.;:!?]|$)");

	/**
	 * The phrase that tells a meeting was held: "la rencontre … s'est tenue", "a
	 * accueilli la rencontre …".
	 * @param text a document's joined text
	 * @return the meeting's words (with their article), or null
	 */
	public static String meetingPhrase(String text) {
		Matcher m = MEETING_PHRASE.matcher(text);
		if (m.find()) {
			return m.group(1);
		}
		Matcher h = HOSTED_PHRASE.matcher(text);
		return h.find() ? h.group(1) : null;
	}

	/** Reads the layout of a document. */
	public static Layout of(TextLines doc) {
		return new Layout(hasAttendanceLists(doc), countSlots(doc), CouncilRecords.isRecord(doc.text()),
				RelatedContent.of(doc), callsItselfARecord(doc), Titles.isMessage(doc));
	}

	/** A programme: time slots and no attendance list. */
	public boolean programme() {
		return !this.attendanceLists && this.timeSlots >= 3;
	}

	private static String clean(String line) {
		return line.replace("**", "").replace("\f", "").replaceAll("\\s+", " ").strip();
	}

	private static boolean hasAttendanceLists(TextLines doc) {
		for (String line : doc.lines()) {
			String l = clean(line);
			String head = l.contains(":") ? l.substring(0, l.indexOf(':')).strip() : l;
			if (PRESENT_HEADING.matcher(head).matches() || EXCUSED_HEADING.matcher(head).matches()) {
				return true;
			}
			if (l.startsWith("|") && Slugs.fold(l).matches("\\|\\s*(nom|participant|prenom).*")) {
				return true;
			}
			if (SPACED_TABLE_HEADER.matcher(Slugs.fold(l)).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean callsItselfARecord(TextLines doc) {
		int seen = 0;
		for (int n = doc.first(); n <= doc.last() && seen < RECORD_HEAD_LINES; n++) {
			String l = clean(doc.line(n));
			if (l.isEmpty()) {
				continue;
			}
			seen++;
			if (l.length() <= RECORD_LINE_LENGTH && RECORD_TITLE.matcher(l).find()) {
				return true;
			}
		}
		return false;
	}

	private static int countSlots(TextLines doc) {
		int n = 0;
		for (String line : doc.lines()) {
			if (TIME_SLOT.matcher(line.replace("*", "")).find()) {
				n++;
			}
		}
		return n;
	}

}
