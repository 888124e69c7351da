package fr.metrograph.ingest.find;

import java.util.List;

import fr.metrograph.ingest.annotate.Annotations;
import fr.metrograph.ingest.find.names.NameParser;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.split.DocumentPart;
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
		// a council's register is read as the kind it resembles, and known as what it is
		DocumentKind kind = part.layout().councilRecord() ? DocumentKind.DELIBERATION : part.kind();
		return context.findings().build(part.title(), kind, part.year(), years, part.part(), part.lines().text());
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
