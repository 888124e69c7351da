package fr.metrograph.ingest.split;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.DocumentKind;

/**
 * Decides a document's kind by weighted textual evidence: each kind has cue patterns with
 * weights (title cues count more); the best score wins, {@link DocumentKind#PROSE} when
 * nothing scores. A byline ("Par X — publié le") is a strong prose cue.
 */
final class KindClassifier {

	private record Cue(Pattern pattern, int weight) {
	}

	private static final Map<DocumentKind, List<Cue>> CUES = new EnumMap<>(DocumentKind.class);

	static {
		cue(DocumentKind.ANNUAL_SUMMARY, "r[ée]sum[ée] annuel", 6);
		cue(DocumentKind.ANNUAL_SUMMARY, "bilan (?:annuel|de l['’]ann[ée]e)", 6);
		cue(DocumentKind.ANNUAL_SUMMARY, "rapport annuel", 5);
		cue(DocumentKind.ANNUAL_SUMMARY, "(?:rapport|bilan) d['’]activit[ée]s?", 5);
		cue(DocumentKind.ANNUAL_SUMMARY, "qui est dans le groupe", 3);
		cue(DocumentKind.ANNUAL_SUMMARY, "cette ann[ée]e", 1);
		// retrospectives: "point d'étape", "retrace", one section per year ("### 2022 :
		// …")
		cue(DocumentKind.ANNUAL_SUMMARY, "point d['’][ée]tape|r[ée]trospective|\\bretrace", 3);
		cue(DocumentKind.ANNUAL_SUMMARY, "(?:^|\\n)#{1,6}\\s*(?:19|20)\\d\\d\\s*:", 3);
		cue(DocumentKind.ANNUAL_SUMMARY, "m[ée]tropoles? (?:repr[ée]sent[ée]es|membres) en (?:19|20)\\d\\d", 2);
		cue(DocumentKind.ANNUAL_SUMMARY, "et pour \\d{4}|et en \\d{4}\\s*\\?", 2);
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
		// a paper: its abstract, bibliography and author-date citations (keywords alone
		// also close a magazine's portrait)
		cue(DocumentKind.PROSE, "(?:^|\\n)\\W*(?:r[ée]sum[ée]|abstract|bibliographie|r[ée]f[ée]rences)\\W*(?:\\n|$)",
				4);
		cue(DocumentKind.PROSE,
				"\\((?-i:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: et \\p{Lu}\\p{Ll}+)?),? (?:19|20)\\d\\d[a-z]?(?:, p\\. ?\\d+)?\\s*[;)]",
				3);
	}

	/**
	 * What a press review or a job offer says in its first lines: whatever meetings it
	 * quotes or announces, it reports none of its own.
	 */
	private static final Pattern NO_MEETING_OF_ITS_OWN = Pattern.compile(
			"(?iU)\\brevue de presse\\b|\\boffres? d['’]emploi\\b|\\bfiche de poste\\b|\\bavis de vacance\\b|\\bnous recrutons\\b");

	private static void cue(DocumentKind kind, String regex, int weight) {
		CUES.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(new Cue(Pattern.compile("(?iU)" + regex), weight));
	}

	private KindClassifier() {
	}

	/**
	 * @param doc the document's lines
	 * @return its kind
	 */
	static DocumentKind kind(TextLines doc) {
		for (String head : WritingDates.headLines(doc)) {
			if (NO_MEETING_OF_ITS_OWN.matcher(head).find()) {
				return DocumentKind.PROSE;
			}
		}
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

}
