package fr.metrograph.ingest.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractionHints;

/**
 * Splits a file into documents. A file holds several documents when:
 * <ul>
 * <li>it contains form feeds followed by a new title (each page group is kept whole
 * otherwise: a form feed alone is just a page break, so only the title rule below
 * decides);</li>
 * <li>a report title line ("Résumé annuel…", "Bilan de l'année…", "Rapport annuel…",
 * "Compte rendu…") occurs several times, each far enough from the previous one (at least
 * 8 non-blank lines): each occurrence starts a document, unless it ends with a page
 * number (a running header or footer);</li>
 * <li>it is Markdown with several level-1 titles ({@code # Title}) each followed by
 * content.</li>
 * </ul>
 * The first document starts at line 1 so that leading blank lines keep their numbering.
 * Each part is then classified once ({@link DocumentPart}): kind, title, group, layout
 * and year ({@link Years}, the curator's year first).
 */
public final class DocumentSplitter {

	private static final Pattern REPORT_TITLE = Pattern.compile(
			"(?iU)^\\W*(?:r[ée]sum[ée] annuel|bilan (?:annuel|de l['’]ann[ée]e)|rapport (?:annuel|d['’]activit[ée])|compte[- ]rendu|relev[ée] de d[ée]cisions)\\b.*");

	/**
	 * A running header or footer: a title followed, after a wide gap, by a page number
	 * ("Rapport d'activité 2023 – Codev {@literal       } 6", "… p. 6", "… 6/12").
	 */
	private static final Pattern PAGE_FURNITURE = Pattern.compile(
			"(?iU).*\\S(?:(?:\\s{3,}|\\t+|\\s+[–—|-]\\s*)(?:p\\.\\s*|page\\s+)?|\\s+(?:p\\.\\s*|page\\s+))\\d{1,3}(?:\\s*/\\s*\\d{1,3})?\\s*$");

	private static final Pattern MD_TITLE = Pattern.compile("^#\\s+\\S.*");

	private DocumentSplitter() {
	}

	/**
	 * Splits a file's text into its documents and classifies each.
	 * @param text the file's text
	 * @param hints the curator's corrections for this file
	 * @return one part per document, in file order (lines numbered over the whole file)
	 */
	public static List<DocumentPart> parts(String text, ExtractionHints hints) {
		ExtractionHints h = (hints != null) ? hints : ExtractionHints.none();
		List<TextLines> pieces = split(TextLines.of((text != null) ? text : ""));
		List<DocumentPart> parts = new ArrayList<>();
		for (int i = 0; i < pieces.size(); i++) {
			parts.add(classify(pieces.get(i), i + 1, h.yearByPart().get(i + 1)));
		}
		return parts;
	}

	private static DocumentPart classify(TextLines doc, int part, Integer hintedYear) {
		DocumentKind kind = KindClassifier.kind(doc);
		Layout layout = Layout.of(doc);
		Years.Decision time = Years.decide(doc, kind, layout, hintedYear);
		return new DocumentPart(part, doc, kind, Titles.of(doc, layout.councilRecord()), Groups.detect(doc, 1),
				time.year(), time.mainDate(), time.aboutMeeting(), layout, time.conflicts(), time.writtenOn());
	}

	/**
	 * @param file the file's lines
	 * @return one {@link TextLines} per document, covering the file
	 */
	static List<TextLines> split(TextLines file) {
		List<Integer> starts = starts(file, REPORT_TITLE);
		if (starts.size() < 2) {
			starts = starts(file, MD_TITLE);
		}
		List<TextLines> parts = new ArrayList<>();
		if (starts.size() < 2) {
			parts.add(file);
			return parts;
		}
		starts.set(0, file.first());
		for (int i = 0; i < starts.size(); i++) {
			int from = starts.get(i);
			int to = (i + 1 < starts.size()) ? starts.get(i + 1) - 1 : file.last();
			parts.add(file.slice(from, to));
		}
		return parts;
	}

	private static List<Integer> starts(TextLines file, Pattern title) {
		List<Integer> starts = new ArrayList<>();
		int nonBlankSince = Integer.MAX_VALUE;
		for (int n = file.first(); n <= file.last(); n++) {
			String l = file.line(n).replace("\f", "").replace("*", "").strip();
			if (l.isEmpty()) {
				continue;
			}
			if (title.matcher(l).matches() && !PAGE_FURNITURE.matcher(file.line(n)).matches()
					&& (starts.isEmpty() || nonBlankSince >= 8)) {
				starts.add(n);
				nonBlankSince = 0;
			}
			else {
				nonBlankSince++;
			}
		}
		if (!starts.isEmpty() && nonBlankSince < 3 && starts.size() > 1) {
			starts.remove(starts.size() - 1);
		}
		return starts;
	}

}
