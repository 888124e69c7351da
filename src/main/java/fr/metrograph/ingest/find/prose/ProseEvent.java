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
 * @param confidence how sure the finder is (0–1): lower when the year or the day was not
 * written
 */
public record ProseEvent(String title, String kind, DateSpan date, String place, String venue, Format format,
		List<BodyRef> organisers, BodyRef host, boolean announced, List<ProseAttendance> attendance, int begin, int end,
		double confidence) {

	public ProseEvent {
		organisers = List.copyOf(organisers);
		attendance = List.copyOf(attendance);
	}

	/** The extractor name these facts carry. */
	public static final String EXTRACTOR = "prose-event";

}
