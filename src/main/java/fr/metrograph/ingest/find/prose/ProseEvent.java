package fr.metrograph.ingest.find.prose;

import java.util.List;

import fr.metrograph.ingest.split.FrenchDates.DateSpan;
import fr.metrograph.ingest.model.Facts.Format;

/**
 * An event told in prose: an event noun tied to a date.
 *
 * @param title the event's name as written, determiner dropped and first letter
 * capitalised ("Rencontre des élu·es des métropoles participatives", "Table ronde « Les
 * budgets participatifs »")
 * @param kind {@code meeting}, {@code seminar}, {@code workshop}, {@code webinar},
 * {@code conference}, {@code round_table}, {@code study_trip}, {@code forum}…
 * @param date the date or range (offsets relative to the sentence)
 * @param place the city (or, when no city is written, the venue), or null
 * @param venue the named venue ("Maison de la Métropole"), or null
 * @param format remote (visio, en ligne, à distance, webinaire), in person (a place),
 * both (hybrid), or unknown
 * @param organisers the bodies that organised it ("organisé par", "à l'initiative de",
 * "proposé par"…)
 * @param host the body that hosted it ("accueilli par", "dans les locaux de"), or null
 * @param announced whether the text announces it for later ("se tiendra", "aura lieu",
 * "prochaine", "à confirmer") rather than reports it
 * @param attendance the people the prose places at it, with their capacity
 * @param begin start offset of the evidence (the sentence) in the text
 * @param end end offset of the evidence
 * @param block the index of the block (segment) of the document the evidence is in
 * @param confidence how sure the finder is (0–1): lower when the year or the day was not
 * written
 */
public record ProseEvent(String title, String kind, DateSpan date, String place, String venue, Format format,
		List<BodyRef> organisers, BodyRef host, boolean announced, List<ProseAttendance> attendance, int begin, int end,
		int block, double confidence) {

	public ProseEvent {
		organisers = List.copyOf(organisers);
		attendance = List.copyOf(attendance);
	}

	/**
	 * @param name a better name
	 * @return this event under that name
	 */
	ProseEvent withTitle(String name) {
		return new ProseEvent(name, this.kind, this.date, this.place, this.venue, this.format, this.organisers,
				this.host, this.announced, this.attendance, this.begin, this.end, this.block, this.confidence);
	}

	/**
	 * @param more organisers a later sentence names
	 * @param otherHost the host a later sentence names, or null
	 * @return this event with them (a host already known is kept)
	 */
	ProseEvent withBodies(List<BodyRef> more, BodyRef otherHost) {
		if (more.isEmpty() && (otherHost == null || this.host != null)) {
			return this;
		}
		List<BodyRef> all = new java.util.ArrayList<>(this.organisers);
		more.stream().filter((o) -> !all.contains(o)).forEach(all::add);
		return new ProseEvent(this.title, this.kind, this.date, this.place, this.venue, this.format, all,
				(this.host != null) ? this.host : otherHost, this.announced, this.attendance, this.begin, this.end,
				this.block, this.confidence);
	}

	/** The extractor name these facts carry. */
	public static final String EXTRACTOR = "prose-event";

}
