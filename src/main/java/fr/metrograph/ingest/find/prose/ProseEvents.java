package fr.metrograph.ingest.find.prose;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.annotate.ProseParse;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.find.PersonDraft;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.split.CouncilRecords;
import fr.metrograph.ingest.split.RelatedContent;
import fr.metrograph.ingest.split.FrenchDates;

/**
 * The pipeline's finder of events told in prose: runs {@link ProseEventFinder} over the
 * document's annotated segments ({@link ProseParse}; nothing without it) and adds each
 * event as a meeting with its dates, place, format, kind and host, and the people the
 * prose places at it with their capacity. An event on the date of a meeting the document
 * already holds (its own, read from its header, or another) is that meeting: only its
 * attendance is added. Runs after the people finders.
 */
public final class ProseEvents implements Finder {

	@Override
	public String name() {
		return ProseEvent.EXTRACTOR;
	}

	@Override
	public double confidence() {
		return 0.75;
	}

	@Override
	public void find(ExtractionContext context) {
		Optional<ProseParse> parse = context.annotations().get(ProseParse.class);
		if (parse.isEmpty()) {
			return;
		}
		ProsePeopleFinder people = ProsePeople.finder(context, parse.get());
		List<ProseParse.Piece> pieces = parse.get().pieces();
		List<ProseEventFinder.Block> blocks = new ArrayList<>();
		for (ProseParse.Piece piece : pieces) {
			blocks.add(new ProseEventFinder.Block(piece.segment().text(), people.find(piece.segment().text()),
					piece.segment().prose()));
		}
		ProseEventFinder finder = new ProseEventFinder(context.reference());
		Findings facts = context.findings();
		boolean record = context.part().layout().councilRecord();
		RelatedContent related = context.part().layout().related();
		for (ProseEvent e : finder.find(blocks, context.year(), context.part().writtenOn())) {
			ProseParse.Piece piece = pieces.get(e.block());
			if (related.contains(piece.lineAt(e.begin())) && e.date().explicitYear()) {
				// a teaser dated by its publication, a comment by its posting ("Le
				// 14/06/2025", "19 décembre 2024 à 9 h 14"); a meeting a teaser
				// announces is dated without its year ("une réunion publique le 4
				// novembre")
				continue;
			}
			String told = piece.segment().text().text();
			if (CouncilRecords.isSitting(e.title(), told.substring(e.begin(), Math.min(e.end(), told.length())),
					record)) {
				continue;
			}
			int offset = e.begin();
			Evidence ev = piece.evidence(offset, e.end()).by(ProseEvent.EXTRACTOR, e.confidence());
			String meetingId = existing(facts, e).orElse(null);
			if (meetingId == null) {
				meetingId = Ids.meeting(context.group(), e.kind(), e.date().start(), e.title());
				BodyRef host = e.host();
				LocalDate end = e.date().end();
				facts.meeting(new MeetingFact(meetingId, e.title(), e.date().start(),
						(end != null && !end.equals(e.date().start())) ? end : null, e.date().start().getYear(),
						e.format(), e.place(), e.kind(), (host != null) ? host.id() : null,
						host != null && host.kind() == BodyKind.METROPOLIS, null, null, List.of(), ev));
				if (host != null && host.kind() != BodyKind.COMMUNE) {
					facts.participation(host.id(), host.kind() == BodyKind.METROPOLIS, meetingId, "host", ev);
				}
			}
			for (ProseAttendance a : e.attendance()) {
				ProseParse.Piece where = piece(pieces, a.person());
				Optional<PersonDraft> p = (where != null) ? ProsePeople.known(context, where, a.person())
						: Optional.empty();
				if (p.isPresent()) {
					Evidence aev = ProsePeople.evidence(where, a.person()).by(ProseEvent.EXTRACTOR, a.confidence());
					facts.attend(p.get(), meetingId, a.status(), a.capacity(), aev);
				}
			}
		}
	}

	/**
	 * The meeting the document already holds on the event's date, if any; for an event
	 * dated by its month only, the meeting of a day of that month at the place the event
	 * names ("les Rencontres de Clermont-Ferrand, octobre 2021" under a photo, after "Les
	 * 7 et 8 octobre, les Rencontres … se sont tenues à Clermont-Ferrand").
	 */
	private static Optional<String> existing(Findings facts, ProseEvent e) {
		LocalDate date = e.date().start();
		Optional<String> sameDay = facts.meetings()
			.stream()
			.filter((m) -> date.equals(m.startDate()))
			.map(MeetingFact::id)
			.findFirst();
		if (sameDay.isPresent() || e.date().precision() != FrenchDates.Precision.MONTH) {
			return sameDay;
		}
		YearMonth month = YearMonth.from(date);
		return facts.meetings()
			.stream()
			.filter((m) -> m.startDate() != null && month.equals(YearMonth.from(m.startDate())) && !m.datedToMonth()
					&& m.place() != null && (m.place().equalsIgnoreCase(e.place()) || e.title().contains(m.place())))
			.map(MeetingFact::id)
			.findFirst();
	}

	/** The piece a person was found in (people are found piece by piece). */
	private static ProseParse.Piece piece(List<ProseParse.Piece> pieces, ProsePerson person) {
		for (ProseParse.Piece piece : pieces) {
			String text = piece.segment().text().text();
			if (person.end() <= text.length() && text.substring(person.begin(), person.end()).equals(person.name())) {
				return piece;
			}
		}
		return null;
	}

}
