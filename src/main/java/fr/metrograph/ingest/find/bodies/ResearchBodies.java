package fr.metrograph.ingest.find.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.model.Evidence;

/**
 * Universities, schools of political science and research units named in a line: the
 * bodies researchers, speakers and authors come from, which no reference list can hold.
 * <ul>
 * <li>a university by its proper name: "Université Grenoble Alpes", "l'Université de
 * Lille", "Université Lumière Lyon 2", "Université Rennes 2" (not "l'université d'été",
 * whose next word is in lower case);</li>
 * <li>"Sciences Po", with its city when one follows ("Sciences Po Lyon");</li>
 * <li>a research unit after "laboratoire" ("laboratoire PACTE", "laboratoire Triangle")
 * or before its number ("CERAPS (UMR 8026").</li>
 * </ul>
 * The caller decides whether a name may run over a line break ({@link #cut}).
 */
public final class ResearchBodies {

	/** The kind of these organisations (the dashboard's "Université"). */
	public static final String KIND = "UNIVERSITY";

	/** A capitalised word of a proper name, or a number ("Lyon 2", "Paris 8"). */
	private static final String WORD = "(?:\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*|\\d{1,2}\\b)";

	private static final Pattern UNIVERSITY = Pattern.compile("(?U)\\bUniversit[ée]\\s+((?:de\\s+|du\\s+|d['’])?"
			+ "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*(?:[ \\u00A0]+(?:(?:de|du|des)[ \\u00A0]+|d['’])?" + WORD
			+ ")*)");

	private static final Pattern SCIENCES_PO = Pattern.compile(
			"(?U)\\bSciences[ \\u00A0]Po(?:[ \\u00A0]+(Lyon|Paris|Bordeaux|Grenoble|Lille|Rennes|Toulouse|Strasbourg|Aix|Saint-Germain-en-Laye))?\\b");

	private static final Pattern LABORATORY = Pattern
		.compile("(?U)\\blaboratoires?[ \\u00A0]+(\\p{Lu}{2,}[\\p{Lu}\\d-]*|\\p{Lu}\\p{Ll}+)\\b");

	private static final Pattern UNIT_NUMBER = Pattern
		.compile("(?U)\\b(\\p{Lu}{3,}[\\p{Lu}\\d-]*)[ \\u00A0]*\\((?:UMR|EA|UR|UPR)[ \\u00A0]*\\d");

	/** Words a university's name does not end with. */
	private static final Pattern TRAILING = Pattern
		.compile("(?iU)(?:[ \\u00A0]+(?:de|du|des|d['’]|le|la|les|pr[ée]sente?s?|excus[ée]e?s?|absente?s?|oui|non))+$");

	private ResearchBodies() {
	}

	/**
	 * A body found in a text.
	 *
	 * @param id its node id
	 * @param name its name as the graph holds it
	 * @param start start offset in the text
	 * @param end end offset in the text (exclusive)
	 */
	public record Found(String id, String name, int start, int end) {
	}

	/**
	 * @param line a line or a paragraph of a document
	 * @return the universities, schools and research units it names, in text order
	 */
	public static List<Found> in(String line) {
		List<Found> out = new ArrayList<>();
		Matcher u = UNIVERSITY.matcher(line);
		while (u.find()) {
			String rest = TRAILING.matcher(u.group(1)).replaceFirst("");
			String name = ("Université " + rest).replace('’', '\'').replaceAll("\\s+", " ");
			out.add(found(name, u.start(), u.start(1) + rest.length()));
		}
		Matcher s = SCIENCES_PO.matcher(line);
		while (s.find()) {
			out.add(found(s.group().replaceAll("\\s+", " "), s.start(), s.end()));
		}
		for (Pattern p : List.of(LABORATORY, UNIT_NUMBER)) {
			Matcher l = p.matcher(line);
			while (l.find()) {
				out.add(found(l.group(1), l.start(1), l.end(1)));
			}
		}
		out.sort(java.util.Comparator.comparingInt(Found::start));
		return out;
	}

	/**
	 * @param text the text a body was found in
	 * @param f the body
	 * @param end where its name must end instead
	 * @return the body named by the words before that point, or null when no name is left
	 */
	static Found cut(String text, Found f, int end) {
		List<Found> shorter = in(text.substring(0, end)).stream().filter((x) -> x.start() == f.start()).toList();
		return shorter.isEmpty() ? null : shorter.get(0);
	}

	/**
	 * Records the body among the document's organisations.
	 * @param facts the document's findings
	 * @param f the body
	 * @param evidence where it was read
	 * @return its id
	 */
	public static String record(Findings facts, Found f, Evidence evidence) {
		facts.organization(f.id(), f.name(), KIND, evidence);
		return f.id();
	}

	private static Found found(String name, int start, int end) {
		return new Found(Ids.organization(name), name, start, end);
	}

}
