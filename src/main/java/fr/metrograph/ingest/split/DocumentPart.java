package fr.metrograph.ingest.split;

import java.time.LocalDate;
import java.util.List;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Facts.Conflict;

/**
 * One document of a file, classified: what every later step reads instead of deciding
 * again.
 *
 * @param part 1-based index of the document in its file
 * @param lines its lines, numbered as in the file
 * @param kind its shape
 * @param title its title
 * @param group the network group it is about ({@code agents}, {@code elus}) or null
 * @param year the year it is about (the curator's when there is one), or null
 * @param mainDate the date of the meeting it reports (offsets in
 * {@link TextLines#joined()}), or null
 * @param aboutMeeting whether it reports a meeting (a date it was held, or attendance
 * lists): the meeting finders run only then
 * @param layout its attendance lists and time slots
 * @param conflicts year conflicts to record with its facts
 * @param writtenOn when it says it was written (sent, published, updated), or null: days
 * written without their year are placed relative to it ({@link WritingDates#placed})
 */
public record DocumentPart(int part, TextLines lines, DocumentKind kind, String title, String group, Integer year,
		FrenchDates.DateSpan mainDate, boolean aboutMeeting, Layout layout, List<Conflict> conflicts,
		LocalDate writtenOn) {

	public DocumentPart {
		conflicts = List.copyOf(conflicts);
	}

	/** The first non-blank line (file numbering), or the first line. */
	public int firstNonBlank() {
		for (int n = this.lines.first(); n <= this.lines.last(); n++) {
			if (!this.lines.line(n).isBlank()) {
				return n;
			}
		}
		return this.lines.first();
	}

}
