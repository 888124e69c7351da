package fr.metrograph.ingest.find;

import java.util.List;

import fr.metrograph.ingest.annotate.Annotations;
import fr.metrograph.ingest.find.names.NameParser;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.split.DocumentPart;
import fr.metrograph.ingest.split.Layout;
import fr.metrograph.reference.ReferenceData;

/**
 * The contract of every kind extractor: one implementation per kind of document, each the
 * ordered list of the {@link Finder}s that read that kind. Running it creates the
 * document's {@link ExtractionContext}, runs the finders in order (each sees what the
 * previous ones found), and builds the {@link ExtractedDocument}.
 * <p>
 * Attendance sheets ({@link DocumentKind#ATTENDANCE_SHEET}) are CSV, parsed by
 * {@code ingest/sheets}, and have no kind extractor.
 */
public sealed interface KindExtractor
		permits AnnualSummaryExtractor, MeetingReportExtractor, ProjectSheetExtractor, ProseExtractor {

	/** The kind this extractor reads. */
	DocumentKind kind();

	/**
	 * The finders for one document, in the order they run.
	 * @param part the classified document (a text that reports no meeting skips the
	 * meeting finders)
	 * @return the finders
	 */
	List<Finder> finders(DocumentPart part);

	/**
	 * Runs the finders on one document.
	 * @param part the classified document
	 * @param reference the reference lists
	 * @param names the person-name parser
	 * @param annotations what the annotators found
	 * @return the document's facts
	 */
	default ExtractedDocument extract(DocumentPart part, ReferenceData reference, NameParser names,
			Annotations annotations) {
		ExtractionContext context = new ExtractionContext(part, reference, names, annotations);
		part.conflicts().forEach(context.findings()::conflict);
		for (Finder finder : finders(part)) {
			context.run(finder);
		}
		List<Integer> years = (part.year() != null) ? List.of(part.year()) : List.of();
		return context.findings()
			.build(part.title(), shownKind(part, context), part.year(), years, part.part(), part.lines().text());
	}

	/**
	 * The kind a document is stored and shown as, once read. A council's register is read
	 * as the kind it resembles and known as what it is. A text read as a meeting report
	 * or as prose is known as a meeting report when it gives a meeting and records who
	 * attended, or calls itself a record (minutes, « relevé de décisions »), or, read as
	 * a report, is a programme (time slots) and no e-mail. An invitation, an agenda or a
	 * news page read like a report is known as a text. The kind shown also ranks a
	 * document's claims in the graph ({@code recompute_properties}) and tells whether a
	 * year's meetings are covered.
	 * @param part the classified document
	 * @param context what its finders found
	 * @return the kind to store
	 */
	private static DocumentKind shownKind(DocumentPart part, ExtractionContext context) {
		if (part.layout().councilRecord()) {
			return DocumentKind.DELIBERATION;
		}
		if (part.kind() != DocumentKind.MEETING_REPORT && part.kind() != DocumentKind.PROSE) {
			return part.kind();
		}
		Layout layout = part.layout();
		boolean reports = !context.findings().meetings().isEmpty() && (layout.attendanceLists() || layout.record()
				|| (part.kind() == DocumentKind.MEETING_REPORT && layout.programme() && !layout.message()));
		return reports ? DocumentKind.MEETING_REPORT : DocumentKind.PROSE;
	}

	/**
	 * The extractor of a kind.
	 * @param kind a text document's kind
	 * @return its extractor
	 */
	static KindExtractor of(DocumentKind kind) {
		return switch (kind) {
			case ANNUAL_SUMMARY -> AnnualSummaryExtractor.INSTANCE;
			case MEETING_REPORT -> MeetingReportExtractor.INSTANCE;
			case PROJECT_SHEET -> ProjectSheetExtractor.INSTANCE;
			case PROSE -> ProseExtractor.INSTANCE;
			case ATTENDANCE_SHEET -> throw new IllegalArgumentException("Attendance sheets are read by ingest/sheets");
			case DELIBERATION -> throw new IllegalArgumentException(
					"A deliberation is read as the kind its text resembles (Layout.councilRecord)");
		};
	}

}
