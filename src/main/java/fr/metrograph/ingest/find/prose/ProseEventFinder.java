package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import fr.metrograph.ingest.annotate.AnnotatedText;
import fr.metrograph.ingest.annotate.Sentence;
import fr.metrograph.ingest.split.FrenchDates;
import fr.metrograph.ingest.split.FrenchDates.DateSpan;
import fr.metrograph.ingest.split.FrenchDates.Precision;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.reference.ReferenceData;

/**
 * Finds events told in prose: an event noun (rencontre, réunion, séminaire, atelier,
 * webinaire, table ronde, journée d'étude, voyage d'étude, université d'été, forum…) and
 * a date of the same sentence that is not a publication date, a deadline or an update
 * ({@link EventDates}). The noun closest to the date names the event; the sentence gives
 * its place, format, organisers and host ({@link EventDetails}). A sentence with no event
 * noun and one day may tell a meeting by its verb ("le groupe s'est réuni le 26
 * janvier").
 * <p>
 * People the people finder found in that sentence, and in the sentences after it in the
 * paragraph until another event is told, attend it when a word says how
 * ({@link EventAttendance}).
 * <p>
 * Confidence: 0.85 for a day with its year written, 0.75 when the year was inferred, 0.6
 * for a month alone; attendance 0.8 (0.7 in a later sentence than the event's).
 * <p>
 * Why just over 300 lines: an event's three sources (a sentence, a heading over a dated
 * line, an agenda entry) are read and merged across the document's blocks in one pass.
 */
public final class ProseEventFinder {

	/** A sentence that speaks of the event just told: "Elle est organisée par…". */
	private static final Pattern ANAPHORA = Pattern.compile(
			"(?iU)\\s*(?:elles?|ils?|celle-ci|celui-ci|l['’][ée]v[ée]nement|(?:cette|ces|ce|cet|la|le|les|l['’])\\s*(?:"
					+ Lexicon.eventNoun().pattern().replace("(?iU)", "") + "))");

	/** A noun in the plural: "ateliers", "rencontres". */
	private static final Pattern PLURAL = Pattern.compile("(?iU)[sx]$");

	/**
	 * How far into its block the date a heading names may start ("Date : ", "**Le ", "-
	 * ").
	 */
	private static final int HEADING_DATE_REACH = 12;

	private final EventDetails details;

	/**
	 * @param reference the bodies the service knows
	 */
	public ProseEventFinder(ReferenceData reference) {
		this.details = new EventDetails(reference);
	}

	/**
	 * A block of a document as the event finder reads it: a segment's text (annotated, or
	 * only cut into sentences) and the people the people finder found in it.
	 *
	 * @param text the text
	 * @param people the people found in it
	 * @param prose whether it is running prose (people told about after an event, in the
	 * prose blocks that follow it, attend it)
	 */
	public record Block(AnnotatedText text, List<ProsePerson> people, boolean prose) {

		public Block {
			people = List.copyOf(people);
		}

	}

	/**
	 * @param text an annotated prose paragraph
	 * @param people the people the people finder found in it
	 * @param year the year of dates written without one (the document's), or null
	 * @return the events it tells, in order
	 */
	public List<ProseEvent> find(AnnotatedText text, List<ProsePerson> people, Integer year) {
		return find(List.of(new Block(text, people, true)), year);
	}

	/**
	 * Reads a document's blocks in order. Besides the events told in one sentence, a
	 * heading that names an event ("### Webinaire « Budgets participatifs »", "RENCONTRES
	 * ANNUELLES") gives its name to the first dated sentence of the next three blocks
	 * that names no event of its own ("**Mardi 12 janvier 2021 de 10h à 12h** — en
	 * visio").
	 * @param blocks the document's blocks, in order
	 * @param year the year of dates written without one (the document's), or null
	 * @return the events, each with the index of its block
	 */
	public List<ProseEvent> find(List<Block> blocks, Integer year) {
		return find(blocks, year, null);
	}

	/**
	 * Reads a document's blocks in order, as {@link #find(List, Integer)}, placing days
	 * written without their year on the side of the writing date their sentence says
	 * ({@link EventDates}). Agenda entries whose date stands on its own line above their
	 * title ({@link AgendaEntries}) are events too; a cancelled one is none.
	 * @param blocks the document's blocks, in order
	 * @param year the year of dates written without one (the document's), or null
	 * @param writtenOn when the document was written, or null
	 * @return the events, each with the index of its block
	 */
	public List<ProseEvent> find(List<Block> blocks, Integer year, java.time.LocalDate writtenOn) {
		List<ProseEvent> out = new ArrayList<>();
		ProseEvent current = null;
		List<ProseAttendance> attendance = new ArrayList<>();
		EventHeading heading = null;
		DateSpan carried = null;
		String carriedLine = null;
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			AnnotatedText text = block.text();
			List<AgendaEntries.Entry> entries = AgendaEntries.in(text.text(), year, writtenOn);
			if (entries.isEmpty() && carried != null) {
				AgendaEntries.Entry below = AgendaEntries.titled(text.text(), carried, carriedLine, year);
				entries = (below != null) ? List.of(below) : entries;
			}
			carried = null;
			int before = out.size();
			boolean[] entryTold = new boolean[entries.size()];
			EventHeading h = entries.isEmpty() ? EventHeading.of(text.text(), year) : null;
			if (h != null) {
				heading = h.at(b);
				current = close(out, current, attendance);
				continue;
			}
			if (!block.prose()) {
				// a list item or a line that is no sentence ends what the prose told
				current = close(out, current, attendance);
			}
			for (Sentence s : text.sentences()) {
				String sentence = text.text(s);
				boolean inEntry = false;
				for (int k = 0; k < entries.size(); k++) {
					AgendaEntries.Entry entry = entries.get(k);
					if (!entry.overlaps(s.begin(), s.end())) {
						continue;
					}
					inEntry = true;
					if (!entryTold[k]) {
						entryTold[k] = true;
						current = close(out, current, attendance);
						current = entry.cancelled() ? null : fromEntry(entry, text, block.people(), b);
						heading = null;
					}
				}
				if (inEntry) {
					if (current != null) {
						EventAttendance.attend(text, s, block.people(), attendance, 0.75);
					}
					continue;
				}
				List<ProseEvent> told = events(sentence, s.begin(), block.people(), year, writtenOn, b);
				ProseEvent event = told.isEmpty() ? null : told.get(0);
				out.addAll(told.subList(Math.min(1, told.size()), told.size()));
				if (event == null && heading != null && b - heading.block() <= 3) {
					event = fromHeading(heading, text, s, block.people(), year, writtenOn, b);
					if (event != null) {
						// "Deux ateliers ouverts à tous :" dates each list item below it
						heading = PLURAL.matcher(heading.noun()).find() ? heading.at(b) : null;
					}
				}
				if (event != null && heading != null && b - heading.block() <= 3
						&& Lexicon.bare(event.title()).equals(Lexicon.bare(heading.noun()))) {
					// "# Conférence « Démocratie et climat »" then "La conférence se
					// tiendra le…"
					event = event.withTitle(heading.title());
					heading = null;
				}
				if (event != null) {
					close(out, current, attendance);
					current = event;
					EventAttendance.attend(text, s, block.people(), attendance, 0.8);
				}
				else if (current != null) {
					if (current.block() == b && ANAPHORA.matcher(sentence).lookingAt()) {
						// "Elle est organisée par X." after the event's sentence
						current = current.withBodies(this.details.organisers(sentence), this.details.host(sentence));
					}
					EventAttendance.attend(text, s, block.people(), attendance, (current.block() == b) ? 0.7 : 0.65);
				}
			}
			String only = text.text().strip();
			int index = b;
			boolean told = (current != null && current.block() == b)
					|| out.subList(before, out.size()).stream().anyMatch((e) -> e.block() == index);
			if (!told && !only.contains("\n") && AgendaEntries.isDateLine(only, year)) {
				// a date line alone in its block ("* JEUDI 21 MARS 2019 - PARIS"): the
				// title may stand in the next block
				List<DateSpan> dates = EventDates.in(only, year, writtenOn);
				// a month alone ("MAI 2025") heads a section, it dates no title
				carried = (dates.isEmpty() || dates.get(0).precision() != Precision.DAY) ? null : dates.get(0);
				carriedLine = only;
			}
		}
		close(out, current, attendance);
		out.sort(Comparator.comparingInt(ProseEvent::block)
			.thenComparingInt(ProseEvent::begin)
			.thenComparingInt((e) -> e.date().from()));
		return out;
	}

	private static ProseEvent close(List<ProseEvent> out, ProseEvent current, List<ProseAttendance> attendance) {
		if (current != null) {
			out.add(new ProseEvent(current.title(), current.kind(), current.date(), current.place(), current.venue(),
					current.format(), current.organisers(), current.host(), current.announced(), attendance,
					current.begin(), current.end(), current.block(), current.confidence()));
		}
		attendance.clear();
		return null;
	}

	/** The event a heading names, dated by a sentence that names no event of its own. */
	private ProseEvent fromHeading(EventHeading heading, AnnotatedText text, Sentence s, List<ProsePerson> people,
			Integer year, java.time.LocalDate writtenOn, int block) {
		String sentence = text.text(s);
		if (Lexicon.eventNoun().matcher(sentence).find()) {
			return null;
		}
		List<DateSpan> dates = EventDates.in(sentence, year, writtenOn);
		if (dates.isEmpty() || s.begin() + dates.get(0).from() > HEADING_DATE_REACH) {
			// a heading dates the line right under it that opens with a date ("**Le 3
			// février 2021**, en ligne"), not a sentence that mentions one ("…, la loi du
			// 7
			// août 2015") nor the date under a byline ("Clément Ribes" / "13/06/2025")
			return null;
		}
		DateSpan date = dates.stream().filter((d) -> d.precision() == Precision.DAY).findFirst().orElse(dates.get(0));
		String rest = text.text().substring(s.begin());
		EventDetails.Where where = this.details.where(rest, (i) -> insidePerson(people, s.begin() + i));
		BodyRef host = this.details.host(rest);
		double confidence = (date.precision() == Precision.MONTH) ? 0.55 : (date.explicitYear() ? 0.8 : 0.7);
		return new ProseEvent(heading.title(), EventDetails.kind(heading.noun()), date, where.place(), where.venue(),
				EventDetails.format(rest, where.place() != null), this.details.organisers(rest),
				(host != null) ? host : where.body(), EventDetails.announced(rest), List.of(), s.begin(), s.end(),
				block, confidence);
	}

	/**
	 * The event of an agenda entry: its title line, then its place, format and bodies.
	 */
	private ProseEvent fromEntry(AgendaEntries.Entry entry, AnnotatedText text, List<ProsePerson> people, int block) {
		String rest = text.text().substring(entry.titleBegin(), entry.end());
		EventDetails.Where where = this.details.where(rest, (i) -> insidePerson(people, entry.titleBegin() + i));
		BodyRef host = this.details.host(rest);
		DateSpan date = entry.date();
		double confidence = (date.precision() == Precision.MONTH) ? 0.55 : (date.explicitYear() ? 0.8 : 0.7);
		return new ProseEvent(entry.title(), EventDetails.kind(entry.noun()), date, where.place(), where.venue(),
				EventDetails.format(rest, where.place() != null), this.details.organisers(rest),
				(host != null) ? host : where.body(), EventDetails.announced(rest), List.of(), entry.begin(),
				entry.end(), block, confidence);
	}

	/** The events a sentence tells, its own first; empty when none. */
	private List<ProseEvent> events(String sentence, int offset, List<ProsePerson> people, Integer year,
			java.time.LocalDate writtenOn, int block) {
		List<DateSpan> dates = EventDates.in(sentence, year, writtenOn);
		if (dates.isEmpty()) {
			return List.of();
		}
		List<EventNouns.Pair> pairs = EventNouns.in(sentence, dates, (i) -> insidePerson(people, offset + i));
		boolean verb = pairs.isEmpty();
		if (verb) {
			pairs = EventNouns.byVerb(sentence, dates);
			if (pairs.isEmpty()) {
				return List.of();
			}
		}
		EventDetails.Where where = this.details.where(sentence, (i) -> insidePerson(people, offset + i));
		BodyRef host = this.details.host(sentence);
		if (host == null) {
			host = where.body();
		}
		Format format = EventDetails.format(sentence, where.place() != null);
		List<BodyRef> organisers = this.details.organisers(sentence);
		boolean announced = EventDetails.announced(sentence);
		List<ProseEvent> out = new ArrayList<>();
		for (EventNouns.Pair p : pairs) {
			DateSpan date = p.date();
			String title = verb ? "Réunion"
					: EventTitles.of(sentence, p.start(), p.end(), (date.from() > p.end()) ? date.from() : -1);
			double confidence = (date.precision() == Precision.MONTH) ? 0.6 : (date.explicitYear() ? 0.85 : 0.75);
			if (!out.isEmpty()) {
				// a second event of the sentence: its place and bodies may be the other's
				confidence -= 0.1;
			}
			out.add(new ProseEvent(title, verb ? "meeting" : EventDetails.kind(sentence.substring(p.start(), p.end())),
					date, where.place(), where.venue(), format, organisers, host, announced, List.of(), offset,
					offset + sentence.length(), block, Math.round(confidence * 100) / 100.0));
		}
		return out;
	}

	private static boolean insidePerson(List<ProsePerson> people, int offset) {
		for (ProsePerson p : people) {
			if (p.begin() <= offset && offset < p.end()) {
				return true;
			}
		}
		return false;
	}

}
