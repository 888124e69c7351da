package fr.metrograph.ingest.find.people;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.bodies.Communes;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.find.names.RoleClassifier;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * People named in prose by rules alone: "Prénom NOM" or an honorific anywhere, "Prénom
 * Nom" with a known first name, and a role right after the name ("X, vice-présidente de
 * Y, a rappelé…"). Their affiliation is the body in that role, else the metropolis named
 * on the name's line or as a heading in the 15 lines before (a role at a commune, a
 * Markdown heading or a rule stops that search; a metropolis a sentence above names is no
 * one's employer). With a meeting: presenting verbs make a speaker, other reporting verbs
 * a participant, "animé·e par" a facilitator, "Excusé·e, X" excused; when lists, tables
 * or a programme say who came, prose only adds capacities to people already attending. A
 * byline is never an attendee, and a line a list or table already read is not read again.
 * <p>
 * It runs before the finders on the French NLP layer ({@code find/prose}), which merge
 * the people it read with theirs and add those that rules miss.
 */
public final class ProseNameFinder implements Finder {

	private static final Pattern SPEAKER_VERB = Pattern.compile(
			"(?iU)\\b(?:a|ont|avait|avaient)\\s+(?:\\p{L}+\\s+)?(?:pr[ée]sent[ée]|d[ée]taill[ée]|d[ée]fendu|expos[ée]|rappel[ée]|introduit|ouvert|t[ée]moign[ée]|partag[ée])\\b");

	private static final Pattern PRESENT_SPEAKER = Pattern.compile(
			"(?iU)^\\s*(?:,[^,]{0,120},\\s*)?(?:pr[ée]sente|d[ée]taille|expose|introduit|ouvre|t[ée]moigne|intervient)\\b");

	private static final Pattern PARTICIPANT_VERB = Pattern.compile(
			"(?iU)\\b(?:(?:a|ont)\\s+(?:\\p{L}+\\s+)?(?:object[ée]|indiqu[ée]|propos[ée]|soulign[ée]|estim[ée]|demand[ée]|interrog[ée]|regrett[ée]|ajout[ée]|expliqu[ée]|r[ée]pondu|apport[ée]|conclu|salu[ée])|indique|propose|souligne|estime|explique|ajoute|se chargen?t?|se porte|transmettra|annonce|signale)\\b");

	private static final Pattern INVERTED_VERB = Pattern.compile(
			"(?iU)(?:a|ont)\\s+(?:object[ée]|indiqu[ée]|soulign[ée]|estim[ée]|ajout[ée]|expliqu[ée]|r[ée]pondu|d[ée]clar[ée]|r[ée]sum[ée]|lanc[ée]|confi[ée]|insist[ée])\\s*$|\\bselon\\s*$");

	private static final Pattern ROLE_AFTER = Pattern.compile("^\\s*,\\s*([^,.;]+?)(?=\\s+[-–—•]\\s|[,.;]|$)");

	/** A title as the label of the name after it: "Secrétaire de séance : M. …". */
	private static final Pattern LABEL_BEFORE = Pattern.compile(
			"(?iU)(?:^|[–—|•;]\\s*)(?:-\\s+)?(?:en qualit[ée] de\\s+)?([^:–—|•;,.]{3,60}?)\\s*:\\s*(?:(?:M\\.|Mme\\.?|Monsieur|Madame)\\s*)?$");

	private static final Pattern EXCUSED_BEFORE = Pattern.compile("(?iU)\\bexcus[ée]");

	private static final Pattern FACILITATED_BEFORE = Pattern.compile("(?iU)anim[ée]e?s?\\s+par\\s*$");

	/**
	 * A title held at a metropolis that does not name it: "vice-président de
	 * l'Eurométropole", "conseillère métropolitaine déléguée".
	 */
	private static final Pattern METROPOLITAN_ROLE = Pattern.compile(
			"(?iU)\\b(?:vice-pr[ée]sident|conseill\\p{L}+\\s+(?:euro)?m[ée]tropolitain|(?:la|l['’])\\s*(?:euro)?m[ée]tropole\\b)");

	/** A heading or a rule: the search for a body above a name stops there. */
	private static final Pattern SECTION_BREAK = Pattern.compile("^\\s*(?:#{1,6}\\s.*|[-_*=]{3,}\\s*)$");

	private static final Pattern BYLINE = Pattern.compile("(?iU)^par\\s.*(?:publi[ée]|[—–]\\s).*");

	@Override
	public String name() {
		return "prose-name";
	}

	@Override
	public double confidence() {
		return 0.7;
	}

	@Override
	public void find(ExtractionContext context) {
		Findings facts = context.findings();
		String meeting = context.mainMeetingId();
		boolean attested = context.part().layout().attendanceLists() || context.part().layout().programme();
		DocumentMetropolis metropolis = new DocumentMetropolis(context);
		for (TextLines.Paragraph p : context.paragraphs()) {
			TextLines lines = p.lines();
			String j = lines.joined();
			boolean byline = BYLINE.matcher(j.replace("*", "").strip()).matches();
			for (ParsedName name : context.names().findAll(j)) {
				if (NameBounds.spillsOver(context, lines, name) || NameBounds.partOfKnownName(facts, j, name)) {
					continue;
				}
				if (context.claimed(lines.lineAt(name.start())) && !name.surnameOnly()) {
					// a list or a table already read this line: what it did not take as a
					// person ("Statut FERRIER", "Romain Chef") is not one
					continue;
				}
				int sentenceStart = sentenceStart(j, name.start());
				int sentenceEnd = sentenceEnd(j, name.end());
				String before = j.substring(sentenceStart, name.start());
				String after = j.substring(name.end(), sentenceEnd);
				Evidence ev = lines.evidenceOfSpan(sentenceStart, sentenceEnd);
				boolean known = facts.person(name, ev, false).isPresent();
				if (!known && name.strength() == ParsedName.Strength.WEAK) {
					continue;
				}
				String role = null;
				Matcher rm = ROLE_AFTER.matcher(after);
				if (rm.find() && RoleClassifier.startsWithTitle(rm.group(1))) {
					role = rm.group(1).strip();
				}
				Matcher label = LABEL_BEFORE
					.matcher(j.substring(NameBounds.lineStart(lines, name.start()), name.start()));
				if (label.find() && RoleClassifier.startsWithTitle(label.group(1))) {
					// "Secrétaire de séance : M. Bastien OBERLÉ", "Directrice de la
					// publication : Hélène …", "en qualité de représentante titulaire :
					// Mme …"
					String labelled = label.group(1).strip();
					role = (role == null) ? labelled : labelled + ", " + role;
				}
				Optional<PersonDraft> person = facts.person(name, ev, true);
				if (person.isEmpty()) {
					continue;
				}
				PersonDraft pr = person.get();
				if (role != null && pr.inlineOnly()) {
					for (String r : ListItems.splitRoles(role)) {
						facts.rawRole(pr, r, ev);
					}
				}
				if (pr.affiliationId() == null && pr.inlineOnly()
						&& pr.rawRoles().stream().noneMatch((r) -> Communes.in(r.title()) != null)) {
					nearestBody(context, lines.lineAt(name.start()), role,
							pr.rawRoles().stream().anyMatch((r) -> METROPOLITAN_ROLE.matcher(r.title()).find()),
							metropolis::sole)
						.ifPresent((b) -> pr.affiliate(b.id(), b.metropolis()));
				}
				if (meeting != null && !byline) {
					attend(facts, pr, meeting, before, after, ev, attested);
				}
			}
		}
	}

	private static void attend(Findings facts, PersonDraft pr, String meeting, String before, String after, Evidence ev,
			boolean attested) {
		Status status = null;
		Capacity capacity = null;
		if (EXCUSED_BEFORE.matcher(before).find()) {
			status = Status.EXCUSED;
		}
		else if (FACILITATED_BEFORE.matcher(before).find()) {
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
			return;
		}
		if (attested) {
			if (facts.attends(pr, meeting) && capacity != null) {
				facts.attend(pr, meeting, null, capacity, ev);
			}
			return;
		}
		facts.attend(pr, meeting, (status != null) ? status : Status.PRESENT, capacity, ev);
	}

	private static Optional<BodyMatch> nearestBody(ExtractionContext context, int line, String role,
			boolean metropolitan, Supplier<Optional<BodyMatch>> soleMetropolis) {
		if (role != null) {
			Optional<BodyMatch> inRole = context.reference().find(role).stream().filter(BodyMatch::isBody).findFirst();
			if (inRole.isPresent()) {
				return inRole;
			}
			if (Communes.in(role) != null) {
				return Optional.empty();
			}
		}
		TextLines doc = context.lines();
		for (int n = line; n >= Math.max(doc.first(), line - 15); n--) {
			String text = doc.line(n);
			List<BodyMatch> found = context.reference().find(text);
			for (int k = found.size() - 1; k >= 0; k--) {
				BodyMatch b = found.get(k);
				// a metropolis on the name's own line or heading the names below it
				// ("Nantes Métropole" alone on its line), an organisation only heading a
				// list ("Coordination (ICPC) :"); a body named in a sentence above says
				// nothing of who works where
				if (b.isBodyInText()
						&& (b.metropolis() ? n == line || heading(doc, n, b) : n != line && listHeading(text))) {
					return Optional.of(b);
				}
			}
			if (n != line && SECTION_BREAK.matcher(text).matches()) {
				break;
			}
		}
		return (metropolitan || role != null && METROPOLITAN_ROLE.matcher(role).find()) ? soleMetropolis.get()
				: Optional.empty();
	}

	/**
	 * Whether a body's line heads the names below it: the body is most of the line, or
	 * the line is a short title standing alone between blank lines ("Le dialogue citoyen
	 * à Nantes Métropole : une trajectoire").
	 */
	private static boolean heading(TextLines doc, int n, BodyMatch body) {
		String line = doc.line(n).strip();
		int letters = line.replaceAll("[^\\p{L}]", "").length();
		int named = body.asWritten().replaceAll("[^\\p{L}]", "").length();
		if (letters > 0 && named * 10 >= letters * 6) {
			return true;
		}
		boolean alone = (n == doc.first() || doc.line(n - 1).isBlank())
				&& (n == doc.last() || doc.line(n + 1).isBlank());
		return alone && line.length() <= 90 && !line.matches(".*[.,;]$") || listHeading(line);
	}

	/**
	 * A short line that introduces a list: "Coordination (ICPC) :", "Nantes Métropole :".
	 */
	private static boolean listHeading(String line) {
		String l = line.strip();
		return l.length() <= 90 && l.endsWith(":") && !l.contains(". ");
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

}
