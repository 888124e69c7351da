package fr.metrograph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a file into documents. A file holds several documents when:
 * <ul>
 * <li>it contains form feeds followed by a new title (each page group is kept whole
 * otherwise: a form feed alone is just a page break, so only the title rule below
 * decides);</li>
 * <li>a report title line ("Résumé annuel…", "Bilan de l'année…", "Rapport annuel…",
 * "Compte rendu…") occurs several times, each far enough from the previous one (at least
 * 8 non-blank lines): each occurrence starts a document;</li>
 * <li>it is Markdown with several level-1 titles ({@code # Title}) each followed by
 * content.</li>
 * </ul>
 * The first document starts at line 1 so that leading blank lines keep their numbering.
 */
public final class DocumentSplitter {

	private static final Pattern REPORT_TITLE = Pattern.compile(
			"(?iU)^\\W*(?:r[ée]sum[ée] annuel|bilan (?:annuel|de l['’]ann[ée]e)|rapport (?:annuel|d['’]activit[ée])|compte[- ]rendu|relev[ée] de d[ée]cisions)\\b.*");

	private static final Pattern MD_TITLE = Pattern.compile("^#\\s+\\S.*");

	private DocumentSplitter() {
	}

	/**
	 * @param file the file's lines
	 * @return one {@link TextLines} per document, covering the file
	 */
	public static List<TextLines> split(TextLines file) {
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
			if (title.matcher(l).matches() && (starts.isEmpty() || nonBlankSince >= 8)) {
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
