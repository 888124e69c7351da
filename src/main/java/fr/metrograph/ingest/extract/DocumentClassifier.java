package fr.metrograph.ingest.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Evidence;

/**
 * Decides a document's kind and, for annual summaries and project sheets, its year, by
 * weighted textual evidence.
 * <p>
 * Kind: each kind has cue patterns with weights (title cues count more); the best score
 * wins, {@link DocumentKind#PROSE} when nothing scores. A byline ("Par X — publié le") is
 * a strong prose cue.
 * <p>
 * Year of an annual summary: "Bilan de l'année Y" (+4), "En Y, nous/le groupe" (+3), "Et
 * pour Y ?" / "Perspectives Y" (+3 for Y-1: plans are written the year before), a heading
 * "… en Y ?" (+2), "Qui est dans le groupe en Y" (+2). Statements "en prévision de … Y"
 * are kept as context evidence (weight 0). The best score wins; when a heading says
 * another year, the {@link YearDecision} says so (the caller records a conflict).
 */
public final class DocumentClassifier {

	private record Cue(Pattern pattern, int weight) {
	}

	private static final Map<DocumentKind, List<Cue>> CUES = new EnumMap<>(DocumentKind.class);

	static {
		cue(DocumentKind.ANNUAL_SUMMARY, "r[ée]sum[ée] annuel", 6);
		cue(DocumentKind.ANNUAL_SUMMARY, "bilan (?:annuel|de l['’]ann[ée]e)", 6);
		cue(DocumentKind.ANNUAL_SUMMARY, "rapport annuel", 5);
		cue(DocumentKind.ANNUAL_SUMMARY, "qui est dans le groupe", 3);
		cue(DocumentKind.ANNUAL_SUMMARY, "cette ann[ée]e", 1);
		// retrospectives: "point d'étape", "retrace", one section per year ("### 2022 :
		// …")
		cue(DocumentKind.ANNUAL_SUMMARY, "point d['’][ée]tape|r[ée]trospective|\\bretrace", 3);
		cue(DocumentKind.ANNUAL_SUMMARY, "(?:^|\\n)#{1,6}\\s*(?:19|20)\\d\\d\\s*:", 3);
		cue(DocumentKind.ANNUAL_SUMMARY, "m[ée]tropoles? (?:repr[ée]sent[ée]es|membres) en (?:19|20)\\d\\d", 2);
		cue(DocumentKind.ANNUAL_SUMMARY, "et pour \\d{4}", 2);
		cue(DocumentKind.ANNUAL_SUMMARY, "perspectives \\d{4}", 2);
		cue(DocumentKind.ANNUAL_SUMMARY, "les membres [ée]taient", 2);
		cue(DocumentKind.MEETING_REPORT, "compte[- ]rendu", 5);
		cue(DocumentKind.MEETING_REPORT, "ordre du jour", 3);
		cue(DocumentKind.MEETING_REPORT, "liste (?:de pr[ée]sence|des participant)", 4);
		cue(DocumentKind.MEETING_REPORT,
				"(?:^|\\n)\\s*(?:[ée]taient )?(?:pr[ée]sent|participant|excus[ée])[^\\n]{0,6}(?:\\n|:)", 4);
		cue(DocumentKind.MEETING_REPORT, "\\| *nom *\\|", 4);
		cue(DocumentKind.MEETING_REPORT, "programme", 2);
		cue(DocumentKind.MEETING_REPORT, "s[ée]minaire", 2);
		cue(DocumentKind.MEETING_REPORT, "(?:^|\\n)[^\\n]{0,10}\\d{1,2}h\\d{0,2}\\W", 1);
		cue(DocumentKind.MEETING_REPORT, "rencontre des [ée]lu", 3);
		cue(DocumentKind.PROJECT_SHEET, "actions? (?:&|et) livrables?", 5);
		cue(DocumentKind.PROJECT_SHEET, "la mission", 2);
		// key/value sheets: "Client :", "Mandataire :", "Co-traitants :" (lines or table
		// cells)
		cue(DocumentKind.PROJECT_SHEET,
				"(?:^|\\n|\\|)[\\s*]*(?:client|commanditaire|ma[îi]tre d['’]ouvrage|mandataire|co-?traitants?|sous-traitants?|prestataire)[\\s*]*:",
				4);
		cue(DocumentKind.PROJECT_SHEET, "(?:^|\\n)#*\\s*livrables\\s*(?:\\n|$)", 3);
		cue(DocumentKind.PROJECT_SHEET, "partenaires? ?:", 3);
		cue(DocumentKind.PROJECT_SHEET, "a accompagn[ée]", 2);
		cue(DocumentKind.PROJECT_SHEET, "(?:^|\\n)\\s*→", 2);
		cue(DocumentKind.PROSE, "publi[ée] le", 6);
		// newsletters: a "Lettre …" masthead, an issue number, short sections
		cue(DocumentKind.PROSE, "^[\\W\\s]*(?:la )?(?:lettre|newsletter|bulletin)\\b[^\\n]{0,80}", 6);
		cue(DocumentKind.PROSE, "(?:^|\\n)[^\\n]{0,40}\\bn°\\s?\\d+\\s*[-–—,]\\s*\\p{L}+\\s+\\d{4}", 3);
		cue(DocumentKind.PROSE,
				"(?:^|\\n)\\s*(?:en bref|br[èe]ves|mouvements|agenda|[àa] lire|[àa] noter)\\s*(?:\\n|$)", 3);
		cue(DocumentKind.PROSE, "(?:^|\\n)\\W*par \\p{Lu}[^\\n]{0,40}[—–-] ", 5);
		cue(DocumentKind.PROSE, "a (?:rappel[ée]|d[ée]clar[ée]|estim[ée]|soulign[ée]|objecté)", 2);
	}

	private static void cue(DocumentKind kind, String regex, int weight) {
		CUES.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(new Cue(Pattern.compile("(?iU)" + regex), weight));
	}

	private DocumentClassifier() {
	}

	/**
	 * @param doc the document's lines
	 * @return its kind
	 */
	public static DocumentKind kind(TextLines doc) {
		String text = doc.text();
		Map<DocumentKind, Integer> score = new EnumMap<>(DocumentKind.class);
		for (Map.Entry<DocumentKind, List<Cue>> e : CUES.entrySet()) {
			int s = 0;
			for (Cue c : e.getValue()) {
				Matcher m = c.pattern().matcher(text);
				int hits = 0;
				while (m.find() && hits < 3) {
					hits++;
					s += c.weight();
				}
			}
			score.put(e.getKey(), s);
		}
		DocumentKind best = DocumentKind.PROSE;
		int bestScore = 0;
		for (Map.Entry<DocumentKind, Integer> e : score.entrySet()) {
			if (e.getValue() > bestScore) {
				best = e.getKey();
				bestScore = e.getValue();
			}
		}
		return best;
	}

	/**
	 * One piece of evidence about the year.
	 *
	 * @param year the year it supports
	 * @param weight its weight
	 * @param evidence the passage
	 * @param heading whether it is a heading that states the year directly
	 */
	public record YearSignal(int year, int weight, Evidence evidence, boolean heading) {
	}

	/**
	 * The year decided for a document.
	 *
	 * @param year the chosen year, or null
	 * @param signals all signals considered
	 * @param contradicted the headings that state another year
	 */
	public record YearDecision(Integer year, List<YearSignal> signals, List<YearSignal> contradicted) {
	}

	private static final Pattern[] YEAR_PATTERNS = {
			Pattern.compile("(?iU)bilan (?:annuel |de l['’]ann[ée]e )(\\d{4})"),
			Pattern.compile("(?iU)\\ben (\\d{4}),? (?:nous|le groupe|les membres|on)\\b"),
			Pattern.compile("(?iU)\\bet pour (\\d{4}) ?\\?"), Pattern.compile("(?iU)\\bperspectives (\\d{4})\\b"),
			Pattern.compile("(?iU)\\bqui est dans le groupe en (\\d{4})"),
			Pattern.compile("(?iU)(?:^|\\n)#{1,6}\\s*pour (\\d{4})\\s*(?:\\n|$)"),
			Pattern.compile("(?iU)(?:^|\\n)#{1,6}\\s*(\\d{4})\\s*:"),
			Pattern.compile("(?iU)\\ben pr[ée]vision (?:des?|du) [^.\\n]{0,40}?(\\d{4})") };

	private static final int[] YEAR_WEIGHTS = { 4, 3, 3, 3, 2, 3, 1, 0 };

	private static final int[] YEAR_SHIFT = { 0, 0, -1, -1, 0, -1, 0, 0 };

	/**
	 * Decides the year of an annual summary.
	 * @param doc the document
	 * @return the decision with its signals
	 */
	public static YearDecision annualYear(TextLines doc) {
		String joined = doc.joined();
		List<YearSignal> signals = new ArrayList<>();
		for (int i = 0; i < YEAR_PATTERNS.length; i++) {
			Matcher m = YEAR_PATTERNS[i].matcher(joined);
			while (m.find()) {
				int y = Integer.parseInt(m.group(1)) + YEAR_SHIFT[i];
				signals.add(new YearSignal(y, YEAR_WEIGHTS[i], doc.evidenceOfSpan(m.start(), m.end()), i == 4));
			}
		}
		Map<Integer, Integer> score = new TreeMap<>();
		for (YearSignal s : signals) {
			score.merge(s.year(), s.weight(), Integer::sum);
		}
		Integer best = null;
		int bestScore = 0;
		for (Map.Entry<Integer, Integer> e : score.entrySet()) {
			if (e.getValue() > bestScore) {
				best = e.getKey();
				bestScore = e.getValue();
			}
		}
		if (best == null) {
			best = mostFrequentYear(joined);
		}
		List<YearSignal> contradicted = new ArrayList<>();
		for (YearSignal s : signals) {
			if (s.heading() && best != null && s.year() != best) {
				contradicted.add(s);
			}
		}
		return new YearDecision(best, signals, contradicted);
	}

	/**
	 * The year written most often (1990-2099), ties to the earliest; null if none.
	 * @param text any text
	 * @return the year
	 */
	public static Integer mostFrequentYear(String text) {
		Matcher m = Pattern.compile("(?<![\\d/])(19[9]\\d|20\\d\\d)(?![\\d])").matcher(text);
		Map<Integer, Integer> count = new TreeMap<>();
		while (m.find()) {
			count.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
		}
		Integer best = null;
		int n = 0;
		for (Map.Entry<Integer, Integer> e : count.entrySet()) {
			if (e.getValue() > n) {
				best = e.getKey();
				n = e.getValue();
			}
		}
		return best;
	}

}
