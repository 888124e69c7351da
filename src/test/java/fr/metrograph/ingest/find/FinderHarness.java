package fr.metrograph.ingest.find;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import fr.metrograph.ingest.annotate.Annotations;
import fr.metrograph.ingest.find.names.NameParser;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.model.Facts.AttendanceFact;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.Facts.Status;
import fr.metrograph.ingest.split.DocumentPart;
import fr.metrograph.ingest.split.DocumentSplitter;
import fr.metrograph.reference.ReferenceData;

/**
 * Runs finders on inline text, for their unit tests: the text is split and classified
 * like a real file (first document only), then the given finders run in order on one
 * context, with the real reference lists.
 */
public final class FinderHarness {

	private static ReferenceData reference;

	private FinderHarness() {
	}

	/** The reference lists of {@code data/reference}. */
	public static synchronized ReferenceData reference() {
		if (reference == null) {
			try {
				reference = ReferenceData.load(Path.of("data/reference"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return reference;
	}

	/** The first document of a text, classified. */
	public static DocumentPart part(String text) {
		return DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
	}

	/** A context on the first document of a text, before any finder ran. */
	public static ExtractionContext context(String text) {
		ReferenceData ref = reference();
		return new ExtractionContext(part(text), ref, new NameParser((w) -> ref.whole(w).isPresent()),
				Annotations.none());
	}

	/** Runs these finders in order on the first document of a text. */
	public static ExtractionContext run(String text, Finder... finders) {
		ExtractionContext context = context(text);
		for (Finder finder : finders) {
			context.run(finder);
		}
		return context;
	}

	/** What these finders found, as the extracted document. */
	public static ExtractedDocument found(String text, Finder... finders) {
		ExtractionContext context = run(text, finders);
		DocumentPart part = context.part();
		return context.findings()
			.build(part.title(), part.kind(), part.year(), List.of(), part.part(), part.lines().text());
	}

	/**
	 * The whole extraction of the first document of a text (every finder of its kind).
	 */
	public static ExtractedDocument extract(String text) {
		ReferenceData ref = reference();
		return KindExtractor.of(part(text).kind())
			.extract(part(text), ref, new NameParser((w) -> ref.whole(w).isPresent()), Annotations.none());
	}

	/** Names of the people found. */
	public static List<String> names(ExtractedDocument d) {
		return d.people().stream().map(PersonMention::name).toList();
	}

	/** One person found, by display name. */
	public static PersonMention person(ExtractedDocument d, String name) {
		return d.people()
			.stream()
			.filter((p) -> p.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " not in " + names(d)));
	}

	/** A person's attendance facts as "status/capacity" at any meeting. */
	public static List<String> attendance(ExtractedDocument d, String name) {
		String id = person(d, name).id();
		return d.attendance()
			.stream()
			.filter((a) -> a.personId().equals(id))
			.map((a) -> code(a.status()) + "/" + code(a.capacity()))
			.toList();
	}

	/** The attendance facts of one person. */
	public static List<AttendanceFact> attendanceOf(ExtractedDocument d, String name) {
		String id = person(d, name).id();
		return d.attendance().stream().filter((a) -> a.personId().equals(id)).toList();
	}

	private static String code(Status s) {
		return (s != null) ? s.code() : "null";
	}

	private static String code(Capacity c) {
		return (c != null) ? c.code() : "null";
	}

}
