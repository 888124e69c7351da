package fr.metrograph.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.split.DocumentPart;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.ReferenceData;

/**
 * The annotator of the pipeline: runs {@link ProseAnnotator} (the French NLP layer on
 * running prose only) over the paragraphs of articles, minutes and meeting reports, and
 * stores the result as a {@link ProseParse}. Annual summaries and project sheets, which
 * the rules read whole, are left alone. The names of known bodies are masked before the
 * cheap "may name someone" test, so that "Rennes Métropole" alone does not wake the
 * pipeline up.
 * <p>
 * Thread-safe (no state besides the shared pipeline and the reference data).
 */
public final class FrenchProseAnnotator implements Annotator {

	private static final Set<DocumentKind> KINDS = Set.of(DocumentKind.PROSE, DocumentKind.MEETING_REPORT,
			DocumentKind.ANNUAL_SUMMARY, DocumentKind.PROJECT_SHEET);

	private final ProseAnnotator annotator;

	private final GivenNames givenNames;

	/**
	 * @param nlp the French pipeline
	 * @param reference the bodies the service knows (masked before the name test)
	 * @param givenNames the gazetteer of given names
	 */
	public FrenchProseAnnotator(FrenchNlp nlp, ReferenceData reference, GivenNames givenNames) {
		this.annotator = new ProseAnnotator(nlp, (text) -> mask(reference, text));
		this.givenNames = givenNames;
	}

	/**
	 * The annotator the service and its benchmark run: the shared pipeline, the service's
	 * reference data, the given names of its reference folder.
	 * @param referenceDir the folder holding {@value GivenNames#FILE}
	 * @param reference the bodies the service knows
	 * @return the annotator
	 */
	public static FrenchProseAnnotator forService(java.nio.file.Path referenceDir, ReferenceData reference) {
		try {
			return new FrenchProseAnnotator(FrenchNlp.shared(), reference, GivenNames.load(referenceDir));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Cannot read the given names in " + referenceDir, ex);
		}
	}

	@Override
	public void annotate(DocumentPart part, Annotations into) {
		// every document: the finders' name parser knows the same given names
		into.put(GivenNames.class, this.givenNames);
		if (!KINDS.contains(part.kind())) {
			return;
		}
		List<TextLines.Paragraph> paragraphs = part.lines().paragraphs();
		List<String> texts = new ArrayList<>();
		for (TextLines.Paragraph p : paragraphs) {
			// joined by line breaks: same offsets as TextLines.joined(), lines kept apart
			texts.add(String.join("\n", p.lines().lines()));
		}
		List<ProseParse.Piece> pieces = new ArrayList<>();
		for (AnnotatedSegment s : this.annotator.annotate(texts)) {
			pieces.add(new ProseParse.Piece(paragraphs.get(s.paragraph()), s));
		}
		into.put(ProseParse.class, new ProseParse(pieces, this.givenNames));
	}

	/** Known bodies' names in lower-case letters of the same length. */
	static String mask(ReferenceData reference, String text) {
		List<BodyMatch> bodies = reference.find(text);
		if (bodies.isEmpty()) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text);
		for (BodyMatch b : bodies) {
			for (int i = b.start(); i < b.end() && i < sb.length(); i++) {
				if (!Character.isWhitespace(sb.charAt(i))) {
					sb.setCharAt(i, 'x');
				}
			}
		}
		return sb.toString();
	}

}
