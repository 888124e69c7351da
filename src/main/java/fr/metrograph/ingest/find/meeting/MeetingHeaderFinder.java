package fr.metrograph.ingest.find.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.split.DocumentPart;
import fr.metrograph.ingest.split.FrenchDates;
import fr.metrograph.ingest.split.Layout;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.ingest.split.Titles;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.MetropolisRef;

/**
 * The meeting a report, a programme or an article is about, from its header (the first
 * eight non-blank lines and the paragraph of the main date the split decided):
 * <ul>
 * <li>format: "hybride", or remote words (visio, distanciel, à distance, en ligne, Teams,
 * Zoom, webinaire) and in-person words (présentiel, dans les locaux, accueilli par, hôtel
 * de, salle) — both make it hybrid;</li>
 * <li>host: a "Lieu : / Accueil : / Hôte :" line naming a body, else the body right after
 * "dans les locaux de", "accueilli par"… A remote meeting has no host;</li>
 * <li>place: "présentiel à X", else the seat of a host metropolis;</li>
 * <li>title: the document's title (an article, or a title that names no meeting: the
 * phrase that tells the meeting was held); kind {@code seminar} when the title says
 * séminaire.</li>
 * </ul>
 * The host takes part in the meeting as {@code host}.
 */
public final class MeetingHeaderFinder implements Finder {

	private static final Pattern HYBRID = Pattern.compile("(?iU)\\bhybride\\b");

	private static final Pattern REMOTE = Pattern.compile(
			"(?iU)\\b(?:visio(?:conf[ée]rence)?|distanciel|[àa] distance|en ligne|teams|zoom|webinaire|webex|jitsi)\\b");

	private static final Pattern IN_PERSON = Pattern.compile(
			"(?iU)\\b(?:pr[ée]sentiel|dans les locaux|accueilli(?:e|es|s)? (?:par|dans|[àa])|h[ôo]tel de|si[èe]ge de|salle)\\b");

	private static final Pattern HOST_KEY = Pattern
		.compile("(?iU)^\\W*(?:lieu|accueil|h[ôo]te|accueilli\\S*\\s+par|chez)\\s*:\\s*");

	private static final Pattern LOCAUX = Pattern.compile(
			"(?iU)(?:dans les locaux|au si[èe]ge|accueilli(?:e|es|s)?|organis[ée]e?s? et accueilli\\S*)\\s+(?:de|d['’]|du|des|par)\\s+");

	private static final Pattern PRESENTIEL_A = Pattern
		.compile("(?iU)pr[ée]sentiel\\s+[àa]\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)?)");

	private static final Pattern MEETING_NOUN = Pattern.compile(
			"(?iU)\\b(?:rencontres?|r[ée]unions?|s[ée]minaires?|journ[ée]es?|assembl[ée]es?|ateliers?|conf[ée]rences?|webinaires?|forums?|compte[- ]rendu|relev[ée]|programme|comit[ée]|s[ée]ances?|universit[ée])\\b");

	@Override
	public String name() {
		return "meeting-header";
	}

	@Override
	public double confidence() {
		return 0.9;
	}

	@Override
	public void find(ExtractionContext context) {
		DocumentPart part = context.part();
		if (!part.aboutMeeting()) {
			return;
		}
		TextLines doc = context.lines();
		FrenchDates.DateSpan date = part.mainDate();
		String headerText = String.join(" ", headerLines(doc, date));
		String title = title(doc, part.title(), part.kind());
		if (part.kind() != DocumentKind.PROSE && !part.layout().attendanceLists() && !MEETING_NOUN.matcher(title).find()
				&& !MEETING_NOUN.matcher(headerText).find()) {
			// a page titled "Les élus" or a debate's question, whose header names no
			// meeting and which lists no attendance: the dates are others'
			return;
		}
		Format format = format(headerText);
		BodyMatch host = (format == Format.REMOTE) ? null : host(context, headerText);
		String place = (format == Format.REMOTE) ? null : place(context, headerText, host);
		String kind = Slugs.fold(part.title()).contains("seminaire") ? "seminar" : "meeting";
		LocalDate start = (date != null) ? date.start() : null;
		LocalDate end = (date != null) ? date.end() : null;
		String id = Ids.meeting(part.group(), kind, start, title);
		Evidence ev = doc.evidence(doc.first(), doc.first());
		if (date != null) {
			Evidence span = doc.evidenceOfSpan(date.from(), date.to());
			ev = new Evidence(title + " — " + span.text(), Math.min(part.firstNonBlank(), span.fromLine()),
					span.toLine());
		}
		String hostId = (host != null) ? host.id() : null;
		boolean hostIsMetropolis = host != null && host.metropolis();
		context.mainMeeting(new MeetingFact(id, title, start, end, context.year(), format, place, kind, hostId,
				hostIsMetropolis, null, part.group(), List.of(), ev));
		if (hostId != null) {
			context.findings().participation(hostId, hostIsMetropolis, id, "host", ev);
		}
	}

	private static List<String> headerLines(TextLines doc, FrenchDates.DateSpan date) {
		List<String> out = new ArrayList<>();
		int count = 0;
		for (int n = doc.first(); n <= doc.last() && count < 8; n++) {
			String l = Lines.clean(doc.line(n));
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

	static Format format(String header) {
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
		return inPerson ? Format.IN_PERSON : Format.UNKNOWN;
	}

	private static BodyMatch host(ExtractionContext context, String header) {
		for (String line : context.lines().lines()) {
			Matcher k = HOST_KEY.matcher(Lines.clean(line));
			if (k.find()) {
				List<BodyMatch> found = context.reference().find(Lines.clean(line).substring(k.end()));
				if (!found.isEmpty() && found.get(0).start() <= 2 && found.get(0).isBody()) {
					return found.get(0);
				}
			}
		}
		Matcher m = LOCAUX.matcher(header);
		while (m.find()) {
			List<BodyMatch> after = context.reference().find(header.substring(m.end()));
			if (!after.isEmpty() && after.get(0).start() <= 6 && after.get(0).isBody()) {
				return after.get(0);
			}
		}
		return null;
	}

	private static String place(ExtractionContext context, String header, BodyMatch host) {
		Matcher m = PRESENTIEL_A.matcher(header);
		if (m.find()) {
			return m.group(1);
		}
		if (host != null && host.metropolis()) {
			return context.reference().metropolis(host.id()).map(MetropolisRef::seat).orElse(null);
		}
		return null;
	}

	private static String title(TextLines doc, String title, DocumentKind kind) {
		if (kind == DocumentKind.PROSE || !MEETING_NOUN.matcher(title).find()) {
			// an article, or a page titled "Actualités": the phrase that tells the
			// meeting
			String phrase = Layout.meetingPhrase(doc.joined());
			if (phrase != null) {
				String t = phrase.replaceFirst("(?iU)^(?:la |le |l['’])", "").strip();
				return Lines.capitalise(Titles.normalise(t));
			}
		}
		if (title.equals(title.toUpperCase(Locale.ROOT))) {
			return Lines.capitalise(title.toLowerCase(Locale.ROOT));
		}
		return title;
	}

}
