package fr.metrograph.ingest.find.annual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.split.FrenchDates;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.MetropolisRef;

/**
 * Meetings a retrospective or an annual summary lists one per line, with their date ("-
 * **16 mars 2023** — deuxième rencontre en présentiel à Rennes, accueillie par Rennes
 * Métropole"), grouped in sections (a heading, usually per year).
 * <ul>
 * <li>each line that starts with a date with its year and names a meeting (rencontre,
 * réunion, séminaire…) is a held meeting of that date: format from its words (présentiel,
 * distanciel, visio), host from "accueillie par Body", place from "à Ville" or the host's
 * seat;</li>
 * <li>"Animation : A (Body)" in a section: A facilitated the section's meetings (status
 * not attested); "A jusqu'à …, puis B à partir de septembre 2023" splits the meetings at
 * that date;</li>
 * <li>"(excusée en mars, présente en novembre)" after a name: the status at the section's
 * meeting of that month.</li>
 * </ul>
 * Statements about the future ("Pour 2024", "souhaite se réunir") have no exact date and
 * are not meetings.
 */
public final class DatedMeetingsFinder implements Finder {

	private static final Pattern MEETING_WORD = Pattern
		.compile("(?iU)\\b(?:rencontre|r[ée]union|s[ée]minaire|journ[ée]e|assembl[ée]e|s[ée]ance|webinaire)s?\\b");

	private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+.*|^\\s*\\*\\*[^*]+\\*\\*\\s*$");

	private static final Pattern HOSTED = Pattern.compile("(?iU)accueilli\\S*\\s+(?:par|[àa]|chez)\\s+");

	private static final Pattern AT_CITY = Pattern
		.compile("(?U)\\b(?:pr[ée]sentiel|rencontre|r[ée]union)\\s+[àa]\\s+(\\p{Lu}[\\p{L}'’\\-]+)");

	private static final Pattern FACILITATION = Pattern.compile("(?iU)^\\W*animation\\s*:\\s*(.+)$");

	private static final Pattern FROM_DATE = Pattern.compile(
			"(?iU)\\b[àa] partir (?:de|d['’])\\s*((?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\\s+\\d{4})");

	private static final Pattern MONTH_STATUS = Pattern.compile(
			"(?iU)\\b(excus[ée]|pr[ée]sent|absent)(?:[·.\\-]?e)?(?:[·.\\-]?s)?\\s+(?:en|le|au mois de)\\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)");

	private static final Pattern PARENTHESIS = Pattern.compile("^\\s*\\(([^)]*)\\)");

	private static final List<String> MONTHS = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
			"aout", "septembre", "octobre", "novembre", "decembre");

	private record Section(int from, int to, List<MeetingFact> meetings) {
	}

	@Override
	public String name() {
		return "dated-line";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	@Override
	public void find(ExtractionContext context) {
		TextLines doc = context.lines();
		List<Section> sections = new ArrayList<>();
		int start = doc.first();
		for (int n = doc.first(); n <= doc.last() + 1; n++) {
			if (n > doc.last() || (n > start && HEADING.matcher(doc.line(n)).matches())) {
				sections.add(new Section(start, n - 1, new ArrayList<>()));
				start = n;
			}
		}
		for (Section s : sections) {
			for (int n = s.from(); n <= s.to(); n++) {
				meeting(context, n).ifPresent(s.meetings()::add);
			}
		}
		for (Section s : sections) {
			if (s.meetings().isEmpty()) {
				continue;
			}
			for (int n = s.from(); n <= s.to(); n++) {
				facilitators(context, n, s);
				monthStatuses(context, n, s);
			}
		}
	}

	private Optional<MeetingFact> meeting(ExtractionContext context, int n) {
		TextLines doc = context.lines();
		String line = Lines.clean(doc.line(n)).replace("*", "");
		List<FrenchDates.DateSpan> dates = FrenchDates.find(line, context.year());
		if (dates.isEmpty() || !dates.get(0).explicitYear() || dates.get(0).from() > 25) {
			return Optional.empty();
		}
		FrenchDates.DateSpan d = dates.get(0);
		String rest = line.substring(d.to()).replaceFirst("^[\\s—–\\-:,]+", "");
		Matcher w = MEETING_WORD.matcher(rest);
		if (!w.find() || w.start() > 40) {
			return Optional.empty();
		}
		String lower = Slugs.fold(rest);
		Format format = lower.matches(".*\\b(hybride)\\b.*") ? Format.HYBRID
				: lower.matches(".*\\b(distanciel|visio\\S*|a distance|en ligne|webinaire)\\b.*") ? Format.REMOTE
						: lower.matches(".*\\b(presentiel|accueilli\\S*)\\b.*") ? Format.IN_PERSON : Format.UNKNOWN;
		BodyMatch host = null;
		Matcher h = HOSTED.matcher(rest);
		if (format != Format.REMOTE && h.find()) {
			List<BodyMatch> b = context.reference().find(rest.substring(h.end()));
			if (!b.isEmpty() && b.get(0).start() <= 4 && b.get(0).isBody()) {
				host = b.get(0);
			}
		}
		String place = null;
		Matcher at = AT_CITY.matcher(rest);
		if (format != Format.REMOTE && at.find()) {
			place = at.group(1);
		}
		else if (host != null && host.metropolis()) {
			place = context.reference().metropolis(host.id()).map(MetropolisRef::seat).orElse(null);
		}
		String title = Lines.capitalise(rest.split("[,.;]", 2)[0].strip());
		Evidence ev = doc.evidence(n, n);
		String id = Ids.meeting(context.group(), "meeting", d.start(), title);
		LocalDate end = (d.end() != null) ? d.end() : d.start();
		String hostId = (host != null) ? host.id() : null;
		boolean hostIsMetropolis = host != null && host.metropolis();
		MeetingFact m = new MeetingFact(id, title, d.start(), end, d.start().getYear(), format, place, "meeting",
				hostId, hostIsMetropolis, null, context.group(), List.of(), ev);
		context.findings().meeting(m);
		if (hostId != null) {
			context.findings().participation(hostId, hostIsMetropolis, id, "host", ev);
		}
		return Optional.of(m);
	}

	private void facilitators(ExtractionContext context, int n, Section s) {
		String line = Lines.clean(context.lines().line(n)).replace("*", "").replaceFirst("^[-•]\\s*", "");
		Matcher f = FACILITATION.matcher(line);
		if (!f.matches()) {
			return;
		}
		String list = f.group(1);
		LocalDate from = null;
		Matcher fd = FROM_DATE.matcher(list);
		if (fd.find()) {
			List<FrenchDates.DateSpan> d = FrenchDates.find("1er " + fd.group(1), null);
			if (!d.isEmpty()) {
				from = d.get(0).start();
			}
		}
		int puis = list.toLowerCase(Locale.ROOT).indexOf(" puis ");
		Evidence ev = context.lines().evidence(n, n);
		for (ParsedName name : context.names().findAll(list)) {
			Optional<PersonDraft> p = context.findings().person(name, ev, true);
			if (p.isEmpty()) {
				continue;
			}
			boolean later = puis >= 0 && name.start() > puis;
			for (MeetingFact m : s.meetings()) {
				boolean after = from == null || !m.startDate().isBefore(from);
				if (puis < 0 || from == null || later == after) {
					context.findings().attend(p.get(), m.id(), null, Capacity.FACILITATOR, ev);
				}
			}
		}
	}

	private void monthStatuses(ExtractionContext context, int n, Section s) {
		String line = Lines.clean(context.lines().line(n)).replace("*", "");
		Evidence ev = context.lines().evidence(n, n);
		for (ParsedName name : context.names().findAll(line)) {
			Matcher paren = PARENTHESIS.matcher(line.substring(name.end()));
			if (!paren.find()) {
				continue;
			}
			Matcher ms = MONTH_STATUS.matcher(paren.group(1));
			while (ms.find()) {
				int month = MONTHS.indexOf(Slugs.fold(ms.group(2))) + 1;
				Status status = Slugs.fold(ms.group(1)).startsWith("present") ? Status.PRESENT : Status.EXCUSED;
				for (MeetingFact m : s.meetings()) {
					if (m.startDate().getMonthValue() == month) {
						context.findings()
							.person(name, ev, true)
							.ifPresent((p) -> context.findings().attend(p, m.id(), status, null, ev));
					}
				}
			}
		}
	}

}
