package fr.metrograph.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.RoleCategory;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.model.Slugs;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.MetropolisRef;
import fr.metrograph.reference.ReferenceData;

/**
 * Extracts a meeting from a report, a programme or a prose article: the main meeting
 * (date, format, place, host), its sessions, the people with their roles, affiliations
 * and attendance, and the bodies' participation.
 * <p>
 * People are read, in this order, from: blocks under section headings ("Présent·es",
 * "Excusé·es", "Accueil & préparation", "Animation des parcours", with body sub-headings
 * and role lines), "Heading : list" lines ("Participant·es : A (Body), B (Body) ; …"),
 * attendance tables ({@code | Nom | Fonction | Structure | Présence |}), programme lines
 * ("Intervenant·es :", "animé par", "Par …", a line starting with a name), then prose
 * ("Prénom NOM, titre de Body, a rappelé…").
 * <p>
 * Attendance: lists and tables give the status; in a document without any list or table,
 * prose verbs give it (presenting verbs → speaker, other reporting verbs → participant,
 * "animé·e par" → facilitator, "Excusé·e, X" → excused); in a programme (time slots, no
 * list) speakers and facilitators get a null status (announced, not attested). Capacity
 * priority for the primary capacity: organiser, facilitator, speaker, accompanying,
 * participant.
 * <p>
 * Affiliation: the body heading of a block, else the table's structure or the list's
 * parenthesis, else the body named in the first role, else (organisers, facilitators) the
 * host, else any role's body or commune, else the nearest body named in the 15 previous
 * lines (prose). Roles at a commune ("adjointe au maire de Bordeaux", "Maire des
 * Sorinières") point to a commune organisation ({@code ville-de-…}, kind COMMUNE), never
 * to the metropolis.
 */
final class MeetingExtractor {

	private static final String INCL = "(?:[·.\\-]?e)?(?:[·.\\-]?s)?";

	private static final Pattern PRESENT_H = Pattern
		.compile("(?iU)^(?:[ée]taient\\s+)?(?:pr[ée]sent" + INCL + "|participant" + INCL
				+ "|liste des participant\\S*|liste de pr[ée]sence|participant[·.]?e?s? pr[ée]sent\\S*)$");

	private static final Pattern EXCUSED_H = Pattern
		.compile("(?iU)^(?:excus[ée]" + INCL + "|absent" + INCL + "(?:\\s+excus\\S*)?|[ée]taient excus\\S*)$");

	private static final Pattern ORGANISER_H = Pattern.compile(
			"(?iU)^(?:accueil(?:\\s*(?:et|&)\\s*(?:organisation|pr[ée]paration))?|organisation|pr[ée]paration|organisat(?:eur|rice)\\S*|coordination)$");

	private static final Pattern FACILITATOR_H = Pattern.compile(
			"(?iU)^(?:animation(?:\\s+(?:des|du|de la)\\s+\\S+)?|facilitation|animat(?:eur|rice)\\S*|anim[ée]e?s? par)$");

	private static final Pattern SPEAKER_H = Pattern
		.compile("(?iU)^(?:intervenant" + INCL + "|intervention(?:s)?(?: de)?|orat(?:eur|rice)s?|avec)$");

	private static final Pattern REMOTE_H = Pattern.compile("(?iU)^(?:pr[ée]sent" + INCL
			+ "\\s+)?(?:en\\s+)?(?:visio(?:conf[ée]rence)?|distanciel|[àa] distance|en ligne)(?:\\s+\\S+)?$");

	private static final Pattern ACCOMPANY_H = Pattern
		.compile("(?iU)^accompagn(?:ant|[ée])" + INCL + "(?:\\s+(?:par|de))?$");

	private static final Pattern HOST_KEY = Pattern
		.compile("(?iU)^\\W*(?:lieu|accueil|h[ôo]te|accueilli\\S*\\s+par|chez)\\s*:\\s*");

	private static final Pattern NOTES_H = Pattern
		.compile("(?iU)^(?:prise de notes|secr[ée]tariat|r[ée]daction|contact)$");

	private static final Pattern STOP_H = Pattern.compile(
			"(?iU)^(?:sommaire|ordre du jour|programme|d[ée]roul[ée]|introduction|[ée]changes|d[ée]cisions|relev[ée] de d[ée]cisions|\\|?\\d{1,2}|[àa] retenir|synth[èe]se)$");

	/**
	 * What ends a list block: a rule ("-----", "====="), a numbered item ("1. Bilans",
	 * "2) Retour d'expérience") or a Markdown heading.
	 */
	private static final Pattern SECTION_BREAK = Pattern
		.compile("(?U)^(?:[-=_*~#]{3,}.*|\\d{1,2}[.)]\\s+\\p{L}.*|#{1,6}\\s.*)$");

	private static final Pattern SLOT = Pattern.compile("^\\W*\\d{1,2}\\s*h\\s*\\d{0,2}\\W");

	private static final Pattern SKIP_DATE_BEFORE = Pattern.compile(
			"(?iU)(?:publi[ée]e?|version|prochaine?|mis[e]? [àa] jour|avant le|apr[èe]s le|diffus[ée]|inscription|jusqu['’]au|d[ée]lai)[^.]{0,40}$");

	private static final Pattern MEETING_PHRASE = Pattern.compile(
			"(?iU)((?:la |le |l['’])?(?:\\p{L}+i[èe]me |premi[èe]re |1[èe]re )?(?:rencontre|r[ée]union|s[ée]minaire|journ[ée]e|assembl[ée]e)[^,.;]{0,80}?)\\s+(?:s['’]est (?:tenue?|d[ée]roul[ée]e?)|a eu lieu|a r[ée]uni)");

	private static final Pattern MASTHEAD_DATE = Pattern.compile(
			"(?iU)\\b(?:\\d{1,2}(?:er)?\\s+)?(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\\s+((?:19|20)\\d\\d)\\b");

	private static final Pattern HYBRID = Pattern.compile("(?iU)\\bhybride\\b");

	private static final Pattern REMOTE = Pattern.compile(
			"(?iU)\\b(?:visio(?:conf[ée]rence)?|distanciel|[àa] distance|en ligne|teams|zoom|webinaire|webex|jitsi)\\b");

	private static final Pattern IN_PERSON = Pattern.compile(
			"(?iU)\\b(?:pr[ée]sentiel|dans les locaux|accueilli(?:e|es|s)? (?:par|dans|[àa])|h[ôo]tel de|si[èe]ge de|salle)\\b");

	private static final Pattern LOCAUX = Pattern.compile(
			"(?iU)(?:dans les locaux|au si[èe]ge|accueilli(?:e|es|s)?|organis[ée]e?s? et accueilli\\S*)\\s+(?:de|d['’]|du|des|par)\\s+");

	private static final Pattern PRESENTIEL_A = Pattern
		.compile("(?iU)pr[ée]sentiel\\s+[àa]\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?)");

	private static final Pattern SESSION = Pattern.compile(
			"(?iU)^(?:parcours\\s*(?:n°|no\\.?|n\\s*°)?\\s*\\d+|atelier\\s+(?:[A-Z0-9]\\b|des\\b)|table[- ]ronde|conf[ée]rence\\b|retours? d['’]exp[ée]riences?|session\\s+\\d+|s[ée]ance de travail|pl[ée]ni[èe]re|mot d['’]accueil|ouverture\\b|synth[èe]se et cl[ôo]ture|cl[ôo]ture\\b)");

	private static final Pattern SESSION_SECTION = Pattern
		.compile("(?iU)retours? d['’]exp[ée]riences?|discussions?|d[ée]bats?");

	private static final Pattern SPEAKER_VERB = Pattern.compile(
			"(?iU)\\b(?:a|ont|avait|avaient)\\s+(?:\\p{L}+\\s+)?(?:pr[ée]sent[ée]|d[ée]taill[ée]|d[ée]fendu|expos[ée]|rappel[ée]|introduit|ouvert|t[ée]moign[ée]|partag[ée])\\b");

	private static final Pattern PRESENT_SPEAKER = Pattern.compile(
			"(?iU)^\\s*(?:,[^,]{0,120},\\s*)?(?:pr[ée]sente|d[ée]taille|expose|introduit|ouvre|t[ée]moigne|intervient)\\b");

	private static final Pattern PARTICIPANT_VERB = Pattern.compile(
			"(?iU)\\b(?:(?:a|ont)\\s+(?:\\p{L}+\\s+)?(?:object[ée]|indiqu[ée]|propos[ée]|soulign[ée]|estim[ée]|demand[ée]|interrog[ée]|regrett[ée]|ajout[ée]|expliqu[ée]|r[ée]pondu|apport[ée]|conclu|salu[ée])|indique|propose|souligne|estime|explique|ajoute|se chargen?t?|se porte|transmettra|annonce|signale)\\b");

	private static final Pattern INVERTED_VERB = Pattern.compile(
			"(?iU)(?:a|ont)\\s+(?:object[ée]|indiqu[ée]|soulign[ée]|estim[ée]|ajout[ée]|expliqu[ée]|r[ée]pondu|d[ée]clar[ée]|r[ée]sum[ée]|lanc[ée]|confi[ée]|insist[ée])\\s*$|\\bselon\\s*$");

	private static final Pattern SPLIT_ROLE = Pattern.compile(
			"(?iU)(?:,\\s*|\\s+et\\s+)(?=(?:1(?:er|re)\\s+)?(?:vice[- ]?pr[ée]sident|pr[ée]sident|maire\\b|adjoint|conseill[eè]re?|directeur|directrice|dga\\b|dgs\\b|charg[ée]e? de|responsable|cheff?e? de|administrat|co[- ]pr[ée]sident))");

	private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\([\\p{Lu}\\d\\s]{2,12}\\)\\s*$");

	private static final Pattern TRAILING_CAPACITY = Pattern.compile("\\s[-–—]\\s+([^,()\\-–—]+)$");

	private static final Pattern ACCOMPANIED = Pattern.compile("(?iU)^accompagn[ée]e?s?\\s+(?:par|de)\\s+");

	private static final Pattern SPACED_HEADER = Pattern.compile(
			"^(?:nom|prenom|participant\\S*)(?:\\s+(?:et\\s+)?(?:prenom|nom|fonction|titre|role|poste|structure|organisme|collectivite|institution|statut|presence|emargement))+\\s*$");

	private static final Pattern SPACED_STATUS = Pattern.compile("(?iU)\\s((?:pr[ée]sent|excus[ée]|absent)" + INCL
			+ "(?:\\s*\\((?:visio|[àa] distance|en ligne)\\))?)\\s*$");

	private static final Pattern HEADER_LIST = Pattern.compile("(?iU)^([\\p{L}·.&' \\-]{3,40}?)\\s*:\\s*(.+)$");

	private static final Pattern BY = Pattern.compile(
			"(?iU)(?:^|\\s|\\W)(anim[ée]e?s?\\s+par|^par|pr[ée]sent[ée]e?s?\\s+par|^avec|(?<=[»\"”]\\s{0,3})avec|(?:ouverture|introduction|conclusion|cl[ôo]ture|synth[èe]se|intervention|mot d['’]accueil)\\s+par|(?<=[»\"”]\\s{0,3})[—–])\\s+");

	private final ReferenceData reference;

	private final PersonLineParser names;

	private DocumentFacts facts;

	private TextLines doc;

	private String meetingId;

	private Integer year;

	private String hostId;

	private boolean hostIsMetropolis;

	private boolean programme;

	private boolean hasLists;

	private boolean remoteList;

	private final Set<Integer> consumed = new HashSet<>();

	private final List<MeetingFact> sessions = new ArrayList<>();

	private final java.util.Map<DocumentFacts.Person, String> blockBody = new java.util.HashMap<>();

	MeetingExtractor(ReferenceData reference, PersonLineParser names) {
		this.reference = reference;
		this.names = names;
	}

	/** A list item: a person with what the item says about them. */
	private record Item(PersonLineParser.ParsedName name, List<String> roles, BodyMatch body,
			DocumentExtractor.Commune commune, Capacity capacity, Status status) {
	}

	Integer extract(TextLines doc, DocumentFacts facts, DocumentKind kind, String group, String title,
			Integer hintedYear) {
		this.facts = facts;
		this.doc = doc;
		Integer defaultYear = (hintedYear != null) ? hintedYear : DocumentClassifier.mostFrequentYear(doc.text());
		FrenchDates.DateSpan date = mainDate(doc, defaultYear);
		this.year = (date != null) ? Integer.valueOf(date.start().getYear()) : defaultYear;
		this.hasLists = hasAttendanceLists(doc);
		this.programme = !this.hasLists && countSlots(doc) >= 3;
		boolean meeting = date != null && (kind != DocumentKind.PROSE || MEETING_PHRASE.matcher(doc.joined()).find());
		if (!meeting && !this.hasLists) {
			// prose without a meeting: people only; the year is the publication date's,
			// if any
			prose(doc, false);
			finishPeople();
			this.year = publicationYear(doc);
			return this.year;
		}
		List<String> header = headerLines(doc, date);
		String headerText = String.join(" ", header);
		Format format = format(headerText);
		host(headerText);
		String place = place(headerText, format);
		String meetingKind = Slugs.fold(title).contains("seminaire") ? "seminar" : "meeting";
		String meetingTitle = meetingTitle(doc, title, kind);
		LocalDate start = (date != null) ? date.start() : null;
		LocalDate end = (date != null) ? date.end() : null;
		this.meetingId = Slugs.of(((group != null) ? group : "reseau") + "-" + meetingKind + "-"
				+ ((start != null) ? start.toString() : Slugs.of(meetingTitle)));
		Evidence ev = (date != null) ? doc.evidenceOfSpan(date.from(), date.to())
				: doc.evidence(doc.first(), doc.first());
		if (date != null) {
			ev = new Evidence(meetingTitle + " — " + ev.text(), Math.min(firstNonBlank(doc), ev.fromLine()),
					ev.toLine());
		}
		facts.meetings.add(new MeetingFact(this.meetingId, meetingTitle, start, end, this.year, format, place,
				meetingKind, this.hostId, this.hostIsMetropolis, null, group, List.of(), ev));
		if (this.hostId != null) {
			facts.participation(this.hostId, this.hostIsMetropolis, this.meetingId, "host", ev);
		}
		sessions(doc, format, group);
		blocks(doc);
		headerLists(doc);
		tables(doc);
		if (kind != DocumentKind.PROSE) {
			programmeLines(doc);
		}
		prose(doc, true);
		finishPeople();
		participations();
		if (this.remoteList && (format == Format.IN_PERSON || format == Format.UNKNOWN)) {
			// people listed as attending remotely next to people in the room: hybrid
			hybrid();
		}
		return this.year;
	}

	/**
	 * People named in a document that describes no meeting (annual summaries, project
	 * sheets): names found in prose, with their roles; no attendance.
	 */
	void peopleOnly(TextLines doc, DocumentFacts facts, Integer year) {
		this.facts = facts;
		this.doc = doc;
		this.year = year;
		prose(doc, false);
		finishPeople();
	}

	private static Integer publicationYear(TextLines doc) {
		Matcher m = Pattern.compile(
				"(?iU)publi[ée]e?\\s+le\\s+[^.]{0,30}?((?:19|20)\\d\\d)|(?:^|\\n)\\W*(?:date|publication)\\s*:\\s*[^\\n]{0,30}?((?:19|20)\\d\\d)")
			.matcher(doc.text());
		if (m.find()) {
			return Integer.valueOf((m.group(1) != null) ? m.group(1) : m.group(2));
		}
		// a dated masthead ("n°7 - avril 2024") in the first lines
		int seen = 0;
		for (int n = doc.first(); n <= doc.last() && seen < 5; n++) {
			String l = doc.line(n);
			if (l.isBlank()) {
				continue;
			}
			seen++;
			Matcher d = MASTHEAD_DATE.matcher(l);
			if (d.find()) {
				return Integer.valueOf(d.group(1));
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ meeting

	private static FrenchDates.DateSpan mainDate(TextLines doc, Integer defaultYear) {
		FrenchDates.DateSpan fallback = null;
		for (TextLines.Paragraph p : doc.paragraphs()) {
			String j = p.lines().joined();
			if (j.strip().toLowerCase(Locale.ROOT).startsWith("prochaine")) {
				continue;
			}
			for (FrenchDates.DateSpan d : FrenchDates.find(j, defaultYear)) {
				if (SKIP_DATE_BEFORE.matcher(j.substring(Math.max(0, d.from() - 50), d.from())).find()) {
					continue;
				}
				FrenchDates.DateSpan mapped = new FrenchDates.DateSpan(d.start(), d.end(),
						offsetInDoc(doc, p, d.from()), offsetInDoc(doc, p, d.to()), d.explicitYear());
				if (d.explicitYear()) {
					return mapped;
				}
				if (fallback == null) {
					fallback = mapped;
				}
			}
		}
		return fallback;
	}

	private static int offsetInDoc(TextLines doc, TextLines.Paragraph p, int offsetInParagraph) {
		// paragraphs are joined the same way as the document: compute the document offset
		int base = 0;
		for (int n = doc.first(); n < p.from(); n++) {
			base += doc.line(n).length() + 1;
		}
		return base + offsetInParagraph;
	}

	private static boolean hasAttendanceLists(TextLines doc) {
		for (String line : doc.lines()) {
			String l = clean(line);
			String head = l.contains(":") ? l.substring(0, l.indexOf(':')).strip() : l;
			if (PRESENT_H.matcher(head).matches() || EXCUSED_H.matcher(head).matches()) {
				return true;
			}
			if (l.startsWith("|") && Slugs.fold(l).matches("\\|\\s*(nom|participant|prenom).*")) {
				return true;
			}
			if (SPACED_HEADER.matcher(Slugs.fold(l)).matches()) {
				return true;
			}
		}
		return false;
	}

	private static int countSlots(TextLines doc) {
		int n = 0;
		for (String line : doc.lines()) {
			if (SLOT.matcher(line.replace("*", "")).find()) {
				n++;
			}
		}
		return n;
	}

	private static List<String> headerLines(TextLines doc, FrenchDates.DateSpan date) {
		List<String> out = new ArrayList<>();
		int count = 0;
		for (int n = doc.first(); n <= doc.last() && count < 8; n++) {
			String l = clean(doc.line(n));
			if (l.isEmpty()) {
				continue;
			}
			count++;
			if (l.toLowerCase(Locale.ROOT).startsWith("prochaine") || l.startsWith("|")) {
				continue;
			}
			out.add(l);
		}
		if (date != null) {
			int dl = doc.lineAt(date.from());
			for (TextLines.Paragraph p : doc.paragraphs()) {
				if (p.from() <= dl && dl <= p.to()) {
					out.add(p.text());
				}
			}
		}
		return out;
	}

	private static Format format(String header) {
		if (HYBRID.matcher(header).find()) {
			return Format.HYBRID;
		}
		boolean remote = REMOTE.matcher(header).find();
		boolean inPerson = IN_PERSON.matcher(header).find();
		if (remote && inPerson) {
			return Format.HYBRID;
		}
		if (remote) {
			return Format.REMOTE;
		}
		if (inPerson) {
			return Format.IN_PERSON;
		}
		return Format.UNKNOWN;
	}

	private void host(String header) {
		for (String line : this.doc.lines()) {
			Matcher k = HOST_KEY.matcher(clean(line));
			if (k.find()) {
				String rest = clean(line).substring(k.end());
				List<BodyMatch> found = this.reference.find(rest);
				if (!found.isEmpty() && found.get(0).start() <= 2 && found.get(0).isBody()) {
					this.hostId = found.get(0).id();
					this.hostIsMetropolis = found.get(0).metropolis();
					return;
				}
			}
		}
		Matcher m = LOCAUX.matcher(header);
		while (m.find()) {
			List<BodyMatch> after = this.reference.find(header.substring(m.end()));
			if (!after.isEmpty() && after.get(0).start() <= 6 && after.get(0).isBody()) {
				this.hostId = after.get(0).id();
				this.hostIsMetropolis = after.get(0).metropolis();
				return;
			}
		}
	}

	private String place(String header, Format format) {
		if (format == Format.REMOTE) {
			this.hostId = null;
			return null;
		}
		Matcher m = PRESENTIEL_A.matcher(header);
		if (m.find()) {
			return m.group(1);
		}
		if (this.hostId != null && this.hostIsMetropolis) {
			Optional<MetropolisRef> ref = this.reference.metropolis(this.hostId);
			if (ref.isPresent() && ref.get().seat() != null) {
				return ref.get().seat();
			}
		}
		return null;
	}

	private String meetingTitle(TextLines doc, String title, DocumentKind kind) {
		if (kind == DocumentKind.PROSE) {
			Matcher m = MEETING_PHRASE.matcher(doc.joined());
			if (m.find()) {
				String t = m.group(1).replaceFirst("(?iU)^(?:la |le |l['’])", "").strip();
				return capitalise(DocumentExtractor.normaliseTitle(t));
			}
		}
		String t = title;
		if (t.equals(t.toUpperCase(Locale.ROOT))) {
			t = capitalise(t.toLowerCase(Locale.ROOT));
		}
		return t;
	}

	private void hybrid() {
		for (int i = 0; i < this.facts.meetings.size(); i++) {
			MeetingFact m = this.facts.meetings.get(i);
			if (m.id().equals(this.meetingId)) {
				this.facts.meetings.set(i,
						new MeetingFact(m.id(), m.title(), m.startDate(), m.endDate(), m.year(), Format.HYBRID,
								m.place(), m.kind(), m.hostId(), m.hostIsMetropolis(), m.partOfId(), m.groupId(),
								m.themeIds(), m.evidence()));
			}
		}
	}

	// ------------------------------------------------------------------ sessions

	private void sessions(TextLines doc, Format format, String group) {
		String previous = "";
		for (int n = doc.first(); n <= doc.last(); n++) {
			String raw = doc.line(n);
			String l = clean(raw);
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
				addSession(stripped, n, format, group);
			}
		}
	}

	private MeetingFact addSession(String rawTitle, int line, Format format, String group) {
		String t = rawTitle.replaceAll("(?iU)parcours\\s*(?:n°|no\\.?|n\\s*°)\\s*(\\d+)", "Parcours $1")
			.replaceAll("\"\\s*([^\"]+?)\\s*\"", "« $1 »")
			.replaceAll("\\s*[,—–]\\s*anim[ée]e?s? par.*$", "")
			.replaceAll("\\s+[—–]\\s+.*$", "")
			.replaceAll("[\\s:]+$", "")
			.strip();
		t = t.replaceAll(":\\s*«\\s*([^«»]+?)\\s*»$", ": $1");
		String theme = themeOf(t);
		for (MeetingFact s : this.sessions) {
			if (Slugs.of(s.title()).equals(Slugs.of(t))
					|| (theme != null && !s.themeIds().isEmpty() && s.themeIds().get(0).equals(Themes.id(theme)))) {
				return s;
			}
		}
		Evidence ev = this.doc.evidence(line, line);
		List<String> themes = new ArrayList<>();
		if (theme != null) {
			themes.add(this.facts.theme(theme, ev));
		}
		String id = this.meetingId + "-session-" + (this.sessions.size() + 1);
		MeetingFact s = new MeetingFact(id, t, null, null, this.year, format, null, "session", null, false,
				this.meetingId, group, themes, ev);
		this.sessions.add(s);
		this.facts.meetings.add(s);
		return s;
	}

	private static String themeOf(String title) {
		List<String> known = Themes.known(title);
		if (!known.isEmpty()) {
			return known.get(0);
		}
		int colon = title.indexOf(':');
		String rest = (colon >= 0) ? title.substring(colon + 1) : null;
		if (rest == null) {
			return null;
		}
		rest = rest.replaceAll("[«»\"“”]", "").strip();
		String norm = Themes.normalise(rest);
		return norm.length() < 3 ? null : norm;
	}

	private MeetingFact sessionFor(String subheading) {
		String key = Slugs.of(subheading.replaceAll("[«»\"“”]", ""));
		String keyNoArticle = Slugs.of(Themes.normalise(subheading.replaceAll("[«»\"“”]", "")));
		for (MeetingFact s : this.sessions) {
			String st = Slugs.of(s.title());
			if (st.contains(key) || st.contains(keyNoArticle)) {
				return s;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ blocks

	private record Section(Status status, Capacity capacity, boolean remote) {

		Section(Status status, Capacity capacity) {
			this(status, capacity, false);
		}

	}

	private static Section sectionOf(String heading) {
		String h = heading.replace("*", "").replaceAll("^[#\\s]+", "").replaceAll("[\\s:]+$", "").strip();
		if (h.length() > 45) {
			return null;
		}
		if (PRESENT_H.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.PARTICIPANT);
		}
		if (EXCUSED_H.matcher(h).matches()) {
			return new Section(Status.EXCUSED, null);
		}
		if (ORGANISER_H.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.ORGANISER);
		}
		if (FACILITATOR_H.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.FACILITATOR);
		}
		if (SPEAKER_H.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.SPEAKER);
		}
		if (REMOTE_H.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.PARTICIPANT, true);
		}
		if (ACCOMPANY_H.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.ACCOMPANYING);
		}
		if (NOTES_H.matcher(h).matches()) {
			return new Section(null, null);
		}
		return null;
	}

	private void blocks(TextLines doc) {
		Section section = null;
		BodyMatch body = null;
		DocumentFacts.Person person = null;
		MeetingFact session = null;
		for (TextLines.Paragraph p : doc.paragraphs()) {
			String text = p.text();
			Section s = sectionOf(text);
			if (s != null) {
				section = s;
				body = null;
				person = null;
				session = null;
				this.consumed.add(p.from());
				this.remoteList |= s.remote();
				continue;
			}
			// a heading on the paragraph's first line, the list right under it
			int from = p.from();
			int headingAt = headingIndex(p);
			Section firstLine = (headingAt >= 0) ? headingLine(p.lines().line(headingAt)) : null;
			if (firstLine != null) {
				section = firstLine;
				body = null;
				person = null;
				session = null;
				this.consumed.add(headingAt);
				this.remoteList |= firstLine.remote();
				from = headingAt + 1;
			}
			if (section == null) {
				continue;
			}
			String opening = clean(p.lines().line(p.from()));
			if (firstLine == null && (STOP_H.matcher(text.replaceAll("^[#\\s]+", "")).matches()
					|| STOP_H.matcher(opening.replaceAll("^[#\\s]+", "").replaceAll("[\\s:]+$", "")).matches()
					|| SECTION_BREAK.matcher(opening).matches())) {
				section = null;
				continue;
			}
			for (int[] seg : segments(p, from)) {
				String segText = clean(joinLines(p.lines(), seg[0], seg[1]));
				Evidence ev = p.lines().evidence(seg[0], seg[1]);
				for (int n = seg[0]; n <= seg[1]; n++) {
					this.consumed.add(n);
				}
				Optional<BodyMatch> whole = this.reference.whole(segText);
				if (whole.isPresent()) {
					body = whole.get();
					person = null;
					continue;
				}
				// "Body, Mme X"
				List<BodyMatch> found = this.reference.find(segText);
				if (!found.isEmpty() && found.get(0).start() == 0 && found.get(0).isBody()) {
					String rest = segText.substring(found.get(0).end()).replaceFirst("^[\\s,;:–—-]+", "");
					if (this.names.atStart(rest, false).isPresent()) {
						body = found.get(0);
						segText = rest;
					}
				}
				Matcher acc = ACCOMPANIED.matcher(segText);
				if (acc.find()) {
					for (Item item : items(segText.substring(acc.end()), false)) {
						attach(item, section.status(), Capacity.ACCOMPANYING, body, ev, false);
					}
					continue;
				}
				Optional<PersonLineParser.ParsedName> name = this.names.atStart(segText, false);
				if (name.isEmpty() && section.status() != null) {
					// attendance lists also write "NOM Prénom, fonction (structure)"
					name = this.names.atStart(segText, true).filter((x) -> x.start() <= 2);
				}
				if (name.isPresent() && !name.get().surnameOnly() && !RoleClassifier.startsWithTitle(segText)) {
					Item item = item(segText, name.get());
					person = attach(item, section.status(), section.capacity(), body, ev, false);
					if (person != null && session != null && section.capacity() != null) {
						this.facts.attend(person, session.id(), section.status(), section.capacity(), ev);
					}
					continue;
				}
				if (segText.endsWith(":") && section.capacity() == Capacity.FACILITATOR) {
					String sub = segText.substring(0, segText.length() - 1).strip();
					session = sessionFor(sub);
					if (session == null) {
						session = addSession(sub, seg[0], Format.UNKNOWN, null);
					}
					person = null;
					continue;
				}
				if (person != null) {
					for (String role : splitRoles(segText)) {
						person.rawRoles.add(new DocumentFacts.RawRole(role, ev));
					}
				}
			}
		}
	}

	/**
	 * The line of a paragraph that is a list heading with the list under it (after other
	 * heading lines, "ORDRE DU JOUR"), or -1.
	 */
	private static int headingIndex(TextLines.Paragraph p) {
		for (int n = p.from(); n < p.to(); n++) {
			if (headingLine(p.lines().line(n)) != null) {
				return n;
			}
		}
		return -1;
	}

	/**
	 * A line that is only a list heading ("Étaient présent·es :", "En visioconférence
	 * :"), or null.
	 */
	private static Section headingLine(String line) {
		String l = clean(line);
		if (l.isEmpty() || (l.contains(":") && !l.endsWith(":"))) {
			return null;
		}
		return sectionOf(l);
	}

	/**
	 * Splits a paragraph into segments: a new one starts at a bullet, a title, an
	 * honorific or a name.
	 */
	private List<int[]> segments(TextLines.Paragraph p, int from) {
		List<int[]> out = new ArrayList<>();
		int start = from;
		for (int n = from + 1; n <= p.to(); n++) {
			String l = clean(p.lines().line(n));
			String prev = clean(p.lines().line(n - 1));
			boolean indentedName = p.lines().line(n).matches("^(?: {2,}|\\t)\\S.*") && this.names.atStart(l, false)
				.filter((x) -> x.strength() == PersonLineParser.Strength.STRONG && !x.surnameOnly())
				.isPresent();
			boolean invertedName = l.matches("^(?:\\p{Lu}['’]?){2,}[\\p{Lu}\\s'’\\-]*\\s\\p{Lu}\\p{Ll}+\\s*[,(].*")
					&& this.names.atStart(l, true).isPresent();
			boolean startsNew = l.matches("^[-•*–]\\s.*") || indentedName || invertedName
					|| RoleClassifier.startsWithTitle(l) || ACCOMPANIED.matcher(l).find()
					|| (this.names.atStart(l, false)
						.filter((x) -> x.strength() == PersonLineParser.Strength.STRONG)
						.isPresent() && !prev.endsWith(",")
							&& !prev.matches(".*\\b(?:Mme\\.?|M\\.|Madame|Monsieur|\\p{Lu}\\p{Ll}+)$"));
			if (startsNew) {
				out.add(new int[] { start, n - 1 });
				start = n;
			}
		}
		out.add(new int[] { start, p.to() });
		return out;
	}

	private static String joinLines(TextLines lines, int from, int to) {
		StringBuilder sb = new StringBuilder();
		for (int n = from; n <= to; n++) {
			sb.append(lines.line(n)).append(' ');
		}
		return sb.toString();
	}

	static List<String> splitRoles(String text) {
		List<String> out = new ArrayList<>();
		String t = text.replace("*", "").replaceAll("\\s+", " ").strip().replaceAll("[,;.]+$", "");
		for (String piece : SPLIT_ROLE.split(t)) {
			String r = TRAILING_ACRONYM.matcher(piece.strip()).replaceAll("").replaceAll("[,;.]+$", "").strip();
			r = r.replaceAll("(?iU)\\bvice pr[ée]sident", "Vice-Président");
			if (r.length() > 1) {
				out.add(capitalise(r));
			}
		}
		return out;
	}

	// ------------------------------------------------------------------ lists

	private static Section inlineSection(String heading) {
		String h = heading.strip();
		if (PRESENT_H.matcher(h).matches()) {
			return new Section(Status.PRESENT, Capacity.PARTICIPANT);
		}
		Section s = sectionOf(h);
		return s;
	}

	private void headerLists(TextLines doc) {
		for (TextLines.Paragraph p : doc.paragraphs()) {
			List<String> units = new ArrayList<>();
			List<int[]> spans = new ArrayList<>();
			if (headingIndex(p) < 0) {
				// a heading line over a list is the blocks' business, not an inline list
				units.add(p.text());
				spans.add(new int[] { p.from(), p.to() });
			}
			for (int n = p.from(); n <= p.to(); n++) {
				units.add(clean(p.lines().line(n)).replaceFirst("^\\d{1,2}\\s*h\\s*\\d{0,2}\\s*[–—-]?\\s*", ""));
				spans.add(new int[] { n, n });
			}
			Set<String> done = new HashSet<>();
			for (int u = 0; u < units.size(); u++) {
				String unit = units.get(u);
				for (String sentence : unit.split("(?<=[\\p{Ll})\\]])\\.\\s+(?=\\p{Lu})")) {
					Matcher m = HEADER_LIST.matcher(sentence.strip());
					if (!m.matches() || !done.add(m.group(2).strip())) {
						continue;
					}
					Section s = inlineSection(m.group(1));
					if (s == null) {
						continue;
					}
					for (int n = spans.get(u)[0]; n <= spans.get(u)[1]; n++) {
						this.consumed.add(n);
					}
					if (s.status() == null && s.capacity() == null) {
						continue;
					}
					this.remoteList |= s.remote();
					Status status = this.programme ? null : s.status();
					for (Item item : items(m.group(2), false)) {
						attach(item, status, s.capacity(), null, p.evidence(), false);
					}
				}
			}
		}
	}

	/** Splits a list of people ("A (X), B (Y) ; C, titre, Body et D") into items. */
	private List<Item> items(String list, boolean allowInverted) {
		String t = list.replace("*", "").replaceAll("\\s+", " ").strip().replaceAll("[.;]+$", "");
		t = t.replaceAll("\\s+[—–]\\s+.*$", "");
		List<String> tokens = splitOutsideParens(t);
		List<List<String>> grouped = new ArrayList<>();
		for (String token : tokens) {
			String tok = token.strip();
			if (tok.isEmpty()) {
				continue;
			}
			boolean isBody = this.reference.whole(tok.replaceAll("\\s*\\(.*\\)$", "")).isPresent();
			Optional<PersonLineParser.ParsedName> n = isBody ? Optional.empty()
					: this.names.atStart(tok, allowInverted);
			if (n.isPresent() && !n.get().surnameOnly() && !RoleClassifier.startsWithTitle(tok)) {
				List<String> g = new ArrayList<>();
				g.add(tok);
				grouped.add(g);
			}
			else if (!grouped.isEmpty()) {
				grouped.get(grouped.size() - 1).add(tok);
			}
		}
		List<Item> out = new ArrayList<>();
		for (List<String> g : grouped) {
			String joined = String.join(", ", g);
			this.names.atStart(joined, allowInverted).ifPresent((n) -> out.add(item(joined, n)));
		}
		// "A et B (Body)": share the body with items that have none
		for (int i = out.size() - 2; i >= 0; i--) {
			Item a = out.get(i);
			Item b = out.get(i + 1);
			if (a.body() == null && a.commune() == null && a.roles().isEmpty() && b.body() != null) {
				out.set(i, new Item(a.name(), a.roles(), b.body(), null, a.capacity(), a.status()));
			}
		}
		return out;
	}

	private static List<String> splitOutsideParens(String t) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && (c == ',' || c == ';')) {
				out.add(t.substring(start, i));
				start = i + 1;
			}
			else if (depth == 0 && t.startsWith(" et ", i)) {
				out.add(t.substring(start, i));
				start = i + 4;
				i += 3;
			}
		}
		out.add(t.substring(start));
		return out;
	}

	/** Reads what an item says after the name: parenthesis, roles, body. */
	private Item item(String text, PersonLineParser.ParsedName name) {
		String clean = text.replace("*", "");
		int end = Math.min(clean.length(), name.end());
		String rest = clean.substring(end).strip();
		BodyMatch body = null;
		DocumentExtractor.Commune commune = null;
		Capacity capacity = null;
		Status status = null;
		List<String> roles = new ArrayList<>();
		// "NOM, Body - accueil et organisation": a capacity after a dash ends the item
		Matcher dash = TRAILING_CAPACITY.matcher(rest);
		if (dash.find() && capacityWord(dash.group(1)) != null) {
			capacity = capacityWord(dash.group(1));
			rest = rest.substring(0, dash.start()).strip();
		}
		Matcher paren = Pattern.compile("^\\(([^)]*)\\)").matcher(rest);
		if (paren.find()) {
			for (String piece : paren.group(1).split("\\s*,\\s*")) {
				Capacity c = capacityWord(piece);
				if (c != null) {
					capacity = c;
					continue;
				}
				DocumentExtractor.Commune inParen = DocumentExtractor.communeIn(piece);
				if (inParen != null && body == null && commune == null) {
					commune = inParen;
					continue;
				}
				Optional<BodyMatch> b = this.reference.resolve(piece);
				if (b.isPresent() && body == null) {
					body = b.get();
				}
				else if (RoleClassifier.startsWithTitle(piece)) {
					roles.add(capitalise(piece.strip()));
				}
			}
			rest = rest.substring(paren.end()).strip();
		}
		rest = rest.replaceFirst("^[,;:–—-]\\s*", "");
		if (!rest.isEmpty()) {
			for (String piece : splitOutsideParens(rest)) {
				String pc = piece.strip();
				if (pc.isEmpty()) {
					continue;
				}
				Optional<BodyMatch> whole = this.reference.whole(pc.replaceAll("\\s*\\([^)]*\\)$", ""));
				if (whole.isPresent() && body == null) {
					body = whole.get();
				}
				else if (!roles.isEmpty() && !RoleClassifier.startsWithTitle(pc)) {
					roles.set(roles.size() - 1, roles.get(roles.size() - 1) + ", " + pc);
				}
				else {
					roles.add(capitalise(pc));
				}
			}
		}
		for (String r : roles) {
			if (body == null) {
				DocumentExtractor.Commune c = DocumentExtractor.communeIn(r);
				if (c != null) {
					commune = c;
				}
			}
		}
		return new Item(name, roles, body, commune, capacity, status);
	}

	private static Capacity capacityWord(String piece) {
		String p = Slugs.fold(piece.strip());
		if (p.matches("anim.*|facilitat.*")) {
			return Capacity.FACILITATOR;
		}
		if (p.matches("organisat.*|accueil.*")) {
			return Capacity.ORGANISER;
		}
		if (p.matches("intervenant.*|intervention.*|orat.*")) {
			return Capacity.SPEAKER;
		}
		return null;
	}

	/** Registers an item's person and its attendance. */
	private DocumentFacts.Person attach(Item item, Status status, Capacity capacity, BodyMatch contextBody, Evidence ev,
			boolean inline) {
		Optional<DocumentFacts.Person> person = this.facts.person(item.name(), ev, true);
		if (person.isEmpty()) {
			return null;
		}
		DocumentFacts.Person p = person.get();
		if (!inline) {
			p.inlineOnly = false;
		}
		BodyMatch body = (item.body() != null) ? item.body() : contextBody;
		if (p.affiliationId == null && body != null) {
			p.affiliationId = body.id();
			p.affiliationIsMetropolis = body.metropolis();
			this.blockBody.put(p, body.id());
		}
		if (p.affiliationId == null && item.body() == null && item.commune() != null && item.roles().isEmpty()) {
			p.affiliationId = item.commune().id();
		}
		for (String r : item.roles()) {
			for (String role : splitRoles(r)) {
				p.rawRoles.add(new DocumentFacts.RawRole(role, ev));
			}
		}
		Capacity cap = (item.capacity() != null) ? item.capacity() : capacity;
		Status st = (item.status() != null) ? item.status() : status;
		if (st == Status.EXCUSED) {
			cap = null;
		}
		if (this.meetingId != null && (st != null || cap != null)) {
			this.facts.attend(p, this.meetingId, st, cap, ev);
		}
		return p;
	}

	// ------------------------------------------------------------------ tables

	/**
	 * A table without pipes, as a PDF text layer gives it: a header line of column names
	 * ("Nom Fonction Structure Statut"), then rows starting with a name ("FERRIER
	 * Amandine …", surname first allowed), a long cell wrapping onto the next line(s).
	 * The status is the row's last word, the structure the body that ends the row, the
	 * role what lies between.
	 */
	private void spacedTables(TextLines doc) {
		for (int n = doc.first(); n <= doc.last(); n++) {
			String header = Slugs.fold(clean(doc.line(n)));
			if (header.contains("|") || !SPACED_HEADER.matcher(header).matches()) {
				continue;
			}
			this.consumed.add(n);
			List<String> row = new ArrayList<>();
			int rowFrom = -1;
			int k = n + 1;
			for (; k <= doc.last(); k++) {
				String l = clean(doc.line(k));
				if (l.isEmpty() || HEADER_LIST.matcher(l).matches()) {
					break;
				}
				boolean starts = this.names.atStart(l, true)
					.filter((x) -> x.start() == 0 && !x.surnameOnly())
					.isPresent();
				if (starts && !row.isEmpty()) {
					spacedRow(String.join(" ", row), doc.evidence(rowFrom, k - 1));
					row.clear();
				}
				if (starts || !row.isEmpty()) {
					if (row.isEmpty()) {
						rowFrom = k;
					}
					row.add(l);
					this.consumed.add(k);
				}
				else {
					break;
				}
			}
			if (!row.isEmpty()) {
				spacedRow(String.join(" ", row), doc.evidence(rowFrom, k - 1));
			}
			n = k - 1;
		}
	}

	private void spacedRow(String row, Evidence ev) {
		Optional<PersonLineParser.ParsedName> name = this.names.atStart(row, true);
		if (name.isEmpty()) {
			return;
		}
		String rest = row.substring(Math.min(row.length(), name.get().end())).strip();
		String presence = "";
		Matcher st = SPACED_STATUS.matcher(rest);
		if (st.find()) {
			presence = st.group(1);
			rest = rest.substring(0, st.start()).strip();
		}
		String structure = "";
		List<BodyMatch> bodies = this.reference.find(rest);
		for (int i = bodies.size() - 1; i >= 0; i--) {
			BodyMatch b = bodies.get(i);
			if (b.isBody() && rest.substring(b.end()).isBlank()) {
				structure = rest.substring(b.start());
				rest = rest.substring(0, b.start()).strip();
				break;
			}
		}
		tableRow(List.of(name.get().asWritten(), rest, structure, presence), 0, 1, 2, 3, ev);
	}

	private void tables(TextLines doc) {
		spacedTables(doc);
		int n = doc.first();
		while (n <= doc.last()) {
			String l = doc.line(n).strip();
			if (!l.startsWith("|")) {
				n++;
				continue;
			}
			List<String> header = cells(l);
			int name = -1;
			int role = -1;
			int body = -1;
			int presence = -1;
			for (int i = 0; i < header.size(); i++) {
				String h = Slugs.fold(header.get(i));
				if (name < 0 && h.matches("(nom|prenom|participant|personne|identite).*")) {
					name = i;
				}
				else if (role < 0 && h.matches("(fonction|titre|role|poste|qualite|mandat).*")) {
					role = i;
				}
				else if (body < 0
						&& h.matches("(structure|organisme|collectivite|metropole|institution|employeur|entite).*")) {
					body = i;
				}
				else if (presence < 0 && h.matches("(presence|statut|present|participation|etat).*")) {
					presence = i;
				}
			}
			n++;
			if (name < 0) {
				continue;
			}
			while (n <= doc.last() && doc.line(n).strip().startsWith("|")) {
				String row = doc.line(n).strip();
				this.consumed.add(n);
				if (row.matches("^\\|[\\s:|\\-]+\\|?$")) {
					n++;
					continue;
				}
				List<String> c = cells(row);
				if (name < c.size()) {
					tableRow(c, name, role, body, presence, doc.evidence(n, n));
				}
				n++;
			}
		}
	}

	private void tableRow(List<String> c, int name, int role, int body, int presence, Evidence ev) {
		String nameCell = c.get(name).strip();
		Optional<PersonLineParser.ParsedName> parsed = this.names.atStart(nameCell, true);
		if (parsed.isEmpty()) {
			return;
		}
		List<String> roles = new ArrayList<>();
		if (role >= 0 && role < c.size() && !c.get(role).isBlank()) {
			roles.add(c.get(role).strip());
		}
		BodyMatch b = null;
		DocumentExtractor.Commune commune = null;
		if (body >= 0 && body < c.size()) {
			String cell = c.get(body).strip();
			commune = DocumentExtractor.communeIn(cell);
			if (commune == null) {
				b = this.reference.resolve(cell).orElse(null);
			}
			else {
				this.facts.organization(commune.id(), commune.name(), "COMMUNE", ev);
			}
		}
		Status status = Status.PRESENT;
		if (presence >= 0 && presence < c.size()) {
			String pr = Slugs.fold(c.get(presence));
			if (pr.matches(".*(excus|absent).*")) {
				status = Status.EXCUSED;
			}
			else if (!pr.matches(".*(present|oui|x|visio|distance).*")) {
				status = null;
			}
		}
		Item item = new Item(parsed.get(), roles, b, commune, null, status);
		DocumentFacts.Person p = attach(item, status, (status == Status.PRESENT) ? Capacity.PARTICIPANT : null, null,
				ev, false);
		if (p != null && p.affiliationId == null && commune != null) {
			p.affiliationId = commune.id();
			p.affiliationIsMetropolis = false;
		}
	}

	private static List<String> cells(String row) {
		String r = row.strip();
		if (r.startsWith("|")) {
			r = r.substring(1);
		}
		if (r.endsWith("|")) {
			r = r.substring(0, r.length() - 1);
		}
		List<String> out = new ArrayList<>();
		for (String c : r.split("\\|", -1)) {
			out.add(c.replace("*", "").strip());
		}
		return out;
	}

	// ------------------------------------------------------------------ programme

	private void programmeLines(TextLines doc) {
		boolean afterSlot = false;
		for (int n = doc.first(); n <= doc.last(); n++) {
			String raw = doc.line(n);
			String l = clean(raw);
			if (l.isEmpty() || this.consumed.contains(n) || l.length() > 220) {
				continue;
			}
			boolean slot = SLOT.matcher(raw.replace("*", "")).find();
			int last = n;
			if (slot) {
				// a slot wrapped over several lines (PDF text layer): read it whole
				while (last < doc.last() && continues(l, clean(doc.line(last + 1)))
						&& !this.consumed.contains(last + 1)) {
					last++;
					l = l + " " + clean(doc.line(last));
				}
			}
			String body = l.replaceFirst("^\\d{1,2}\\s*h\\s*\\d{0,2}\\s*[–—-]?\\s*", "").replaceFirst("^[-•]\\s*", "");
			Matcher by = BY.matcher(body);
			boolean handled = false;
			while (by.find()) {
				String word = Slugs.fold(by.group(1));
				Capacity cap = word.startsWith("anim") ? Capacity.FACILITATOR : Capacity.SPEAKER;
				String list = body.substring(by.end()).split("(?<=\\p{Ll}|\\))\\.\\s", 2)[0];
				List<Item> items = items(list, false);
				if (items.isEmpty()) {
					continue;
				}
				handled = true;
				for (int k = n; k <= last; k++) {
					this.consumed.add(k);
				}
				for (Item item : items) {
					attach(item, this.programme ? null : (this.hasLists ? null : Status.PRESENT), cap, null,
							doc.evidence(n, last), false);
				}
			}
			if (!handled && !slot && afterSlot) {
				Optional<PersonLineParser.ParsedName> first = this.names.atStart(body, false);
				if (first.isPresent() && !first.get().surnameOnly()
						&& first.get().strength() != PersonLineParser.Strength.WEAK) {
					this.consumed.add(n);
					for (Item item : items(body, false)) {
						attach(item, this.programme ? null : null, this.programme ? Capacity.SPEAKER : null, null,
								doc.evidence(n, n), false);
					}
				}
			}
			afterSlot = slot || (afterSlot && !l.isEmpty() && !slot && n > 0 && afterSlot);
			if (!slot && !raw.isBlank()) {
				afterSlot = afterSlot && this.programme;
			}
			n = last;
		}
	}

	/**
	 * Whether the next line continues a wrapped line: it starts in lower case or with a
	 * word in capitals (a surname), or the line ends on a comma, an open parenthesis or a
	 * function word.
	 */
	private static boolean continues(String line, String next) {
		if (next.isEmpty() || SLOT.matcher(next).find() || HEADER_LIST.matcher(next).matches()) {
			return false;
		}
		boolean openParen = line.chars().filter((c) -> c == '(').count() > line.chars().filter((c) -> c == ')').count();
		return openParen || Character.isLowerCase(next.codePointAt(0)) || next.matches("^\\p{Lu}{2,}[\\s,].*")
				|| line.matches("(?iU).*(?:,|\\s(?:de|d['’]|du|des|en|et|la|le|les|[àa]|au|aux|par))$");
	}

	// ------------------------------------------------------------------ prose

	private void prose(TextLines doc, boolean withMeeting) {
		List<TextLines.Paragraph> paragraphs = doc.paragraphs();
		for (TextLines.Paragraph p : paragraphs) {
			TextLines lines = p.lines();
			String j = lines.joined();
			boolean byline = j.replace("*", "").strip().matches("(?iU)^par\\s.*(?:publi[ée]|[—–]\\s).*");
			for (PersonLineParser.ParsedName name : this.names.findAll(j)) {
				if (this.consumed.contains(lines.lineAt(name.start())) && !name.surnameOnly()) {
					// a list or a table already read this line: what it did not take as a
					// person ("Statut FERRIER", "Romain Chef") is not one
					continue;
				}
				int sentenceStart = sentenceStart(j, name.start());
				int sentenceEnd = sentenceEnd(j, name.end());
				String before = j.substring(sentenceStart, name.start());
				String after = j.substring(name.end(), sentenceEnd);
				Evidence ev = lines.evidenceOfSpan(sentenceStart, sentenceEnd);
				boolean known = this.facts.person(name, ev, false).isPresent();
				if (!known && name.strength() == PersonLineParser.Strength.WEAK) {
					continue;
				}
				String role = null;
				Matcher rm = Pattern.compile("^\\s*,\\s*([^,.;]+?)(?=\\s+[-–—•]\\s|[,.;]|$)").matcher(after);
				if (rm.find() && RoleClassifier.startsWithTitle(rm.group(1))) {
					role = rm.group(1).strip();
				}
				Optional<DocumentFacts.Person> person = this.facts.person(name, ev, true);
				if (person.isEmpty()) {
					continue;
				}
				DocumentFacts.Person pr = person.get();
				if (role != null && pr.inlineOnly) {
					for (String r : splitRoles(role)) {
						pr.rawRoles.add(new DocumentFacts.RawRole(r, ev));
					}
				}
				if (pr.affiliationId == null && pr.inlineOnly
						&& pr.rawRoles.stream().noneMatch((r) -> DocumentExtractor.communeIn(r.title()) != null)) {
					nearestBody(doc, lines.lineAt(name.start()), role).ifPresent((b) -> {
						pr.affiliationId = b.id();
						pr.affiliationIsMetropolis = b.metropolis();
					});
				}
				if (!withMeeting || this.meetingId == null || byline) {
					continue;
				}
				Status status = null;
				Capacity capacity = null;
				if (Pattern.compile("(?iU)\\bexcus[ée]").matcher(before).find()) {
					status = Status.EXCUSED;
				}
				else if (Pattern.compile("(?iU)anim[ée]e?s?\\s+par\\s*$").matcher(before).find()) {
					capacity = Capacity.FACILITATOR;
				}
				else {
					String afterClause = after.replaceFirst("^\\s*,[^,]*,", "");
					Matcher sv = SPEAKER_VERB.matcher(after);
					Matcher pv = PARTICIPANT_VERB.matcher(afterClause);
					int sPos = sv.find() ? sv.start() : Integer.MAX_VALUE;
					int pPos = pv.find() ? pv.start() : Integer.MAX_VALUE;
					if (PRESENT_SPEAKER.matcher(after).find()) {
						sPos = 0;
					}
					if (sPos < pPos) {
						capacity = Capacity.SPEAKER;
					}
					else if (pPos < Integer.MAX_VALUE || INVERTED_VERB.matcher(before).find()) {
						capacity = Capacity.PARTICIPANT;
					}
				}
				if (status == null && capacity == null) {
					continue;
				}
				boolean attending = this.facts.attends(pr, this.meetingId);
				if (this.hasLists || this.programme) {
					if (attending && capacity != null) {
						this.facts.attend(pr, this.meetingId, null, capacity, ev);
					}
					continue;
				}
				this.facts.attend(pr, this.meetingId, (status != null) ? status : Status.PRESENT, capacity, ev);
			}
		}
	}

	private Optional<BodyMatch> nearestBody(TextLines doc, int line, String role) {
		if (role != null) {
			Optional<BodyMatch> inRole = this.reference.find(role).stream().filter(BodyMatch::isBody).findFirst();
			if (inRole.isPresent()) {
				return inRole;
			}
			if (DocumentExtractor.communeIn(role) != null) {
				return Optional.empty();
			}
		}
		for (int n = line; n >= Math.max(doc.first(), line - 15); n--) {
			List<BodyMatch> found = this.reference.find(doc.line(n));
			for (int k = found.size() - 1; k >= 0; k--) {
				if (found.get(k).isBody() && found.get(k).metropolis()) {
					return Optional.of(found.get(k));
				}
			}
		}
		return Optional.empty();
	}

	private static int sentenceStart(String j, int from) {
		for (int i = from - 1; i > 0; i--) {
			char c = j.charAt(i);
			if ((c == '.' || c == '!' || c == '?' || c == '»' && i > 0 && j.charAt(i - 1) == ' ') && i + 1 < j.length()
					&& j.charAt(i + 1) == ' '
					&& !(i >= 1 && j.substring(Math.max(0, i - 3), i).matches(".*\\b(?:M|Mme|Dr)$"))) {
				return i + 1;
			}
		}
		return 0;
	}

	private static int sentenceEnd(String j, int from) {
		for (int i = from; i < j.length(); i++) {
			char c = j.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && (i + 1 >= j.length() || j.charAt(i + 1) == ' ')) {
				return i + 1;
			}
		}
		return j.length();
	}

	// ------------------------------------------------------------------ finish

	private void finishPeople() {
		for (DocumentFacts.Person p : this.facts.people) {
			Set<Capacity> caps = (this.meetingId != null) ? this.facts.capacities(p, this.meetingId) : Set.of();
			if (p.affiliationId == null && !p.rawRoles.isEmpty()) {
				bodyIn(p.rawRoles.get(0).title()).ifPresent((b) -> {
					p.affiliationId = b.id();
					p.affiliationIsMetropolis = b.metropolis();
				});
			}
			if (p.affiliationId == null && this.hostId != null
					&& (caps.contains(Capacity.ORGANISER) || caps.contains(Capacity.FACILITATOR))) {
				p.affiliationId = this.hostId;
				p.affiliationIsMetropolis = this.hostIsMetropolis;
			}
			if (p.affiliationId == null) {
				for (DocumentFacts.RawRole r : p.rawRoles) {
					Optional<BodyMatch> b = bodyIn(r.title());
					if (b.isPresent()) {
						p.affiliationId = b.get().id();
						p.affiliationIsMetropolis = b.get().metropolis();
						break;
					}
					DocumentExtractor.Commune c = DocumentExtractor.communeIn(r.title());
					if (c != null) {
						p.affiliationId = c.id();
						p.affiliationIsMetropolis = false;
						this.facts.organization(c.id(), c.name(), "COMMUNE", r.evidence());
						break;
					}
				}
			}
			for (DocumentFacts.RawRole r : p.rawRoles) {
				String at = p.affiliationId;
				boolean atMetro = p.affiliationIsMetropolis;
				DocumentExtractor.Commune c = DocumentExtractor.communeIn(r.title());
				Optional<BodyMatch> b = bodyIn(r.title());
				if (c != null) {
					at = c.id();
					atMetro = false;
					this.facts.organization(c.id(), c.name(), "COMMUNE", r.evidence());
				}
				else if (b.isPresent()) {
					at = b.get().id();
					atMetro = b.get().metropolis();
				}
				RoleCategory category = RoleClassifier.classify(r.title());
				this.facts.role(p, r.title(), category, at, atMetro, this.year, r.evidence());
			}
		}
	}

	private Optional<BodyMatch> bodyIn(String text) {
		return this.reference.find(text).stream().filter(BodyMatch::isBody).findFirst();
	}

	private void participations() {
		for (DocumentFacts.Person p : this.facts.people) {
			if (this.facts.status(p, this.meetingId) == Status.PRESENT && p.affiliationId != null
					&& p.affiliationIsMetropolis) {
				Evidence ev = p.evidence;
				this.facts.participation(p.affiliationId, true, this.meetingId, "attendee", ev);
			}
		}
	}

	// ------------------------------------------------------------------ helpers

	static String clean(String line) {
		return line.replace("**", "").replace("\f", "").replaceAll("\\s+", " ").strip();
	}

	private static int firstNonBlank(TextLines doc) {
		for (int n = doc.first(); n <= doc.last(); n++) {
			if (!doc.line(n).isBlank()) {
				return n;
			}
		}
		return doc.first();
	}

	static String capitalise(String s) {
		if (s == null || s.isEmpty()) {
			return s;
		}
		int cp = s.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(cp))
			.append(s.substring(Character.charCount(cp)))
			.toString();
	}

}
