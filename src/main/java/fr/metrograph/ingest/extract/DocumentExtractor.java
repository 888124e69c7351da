package fr.metrograph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.Conflict;
import fr.metrograph.ingest.model.Facts.GroupFact;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.ReferenceData;

/**
 * The document extractor: turns a file's text into {@link ExtractedDocument}s. Pure Java,
 * no I/O.
 * <ol>
 * <li>{@link DocumentSplitter} cuts the file into documents (parts), keeping file line
 * numbers;</li>
 * <li>{@link DocumentClassifier} gives each part a kind;</li>
 * <li>bodies (metropolises, organisations, communes named as such) are resolved against
 * the {@link ReferenceData};</li>
 * <li>a kind-specific extractor ({@link AnnualSummaryExtractor}, {@link MeetingExtractor}
 * for reports, programmes and prose, {@link ProjectSheetExtractor}) adds its facts;</li>
 * <li>the curator's {@link ExtractionHints} override the decided year (the conflict says
 * "corrigé par la curation").</li>
 * </ol>
 * Every fact carries {@link Evidence} quoting the passage with 1-based line numbers in
 * the file. When nothing is recognised the document is still returned, with the warning
 * "Aucune entité reconnue dans ce document".
 */
public final class DocumentExtractor {

	private static final Pattern COMMUNE = Pattern.compile(
			"(?U)\\b(?:[Mm]aire|[Mm]airie|[Vv]ille|[Cc]ommune|[Cc]onseill[eè]re? municipale?|[Aa]djointe? au [Mm]aire)\\s+(de la |de l['’]|des |de |d['’]|du )(\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*(?:(?<=-sur|-sous|-en|-lès|-les|-le|-la)\\s\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*)?)");

	private final ReferenceData reference;

	private final PersonLineParser names;

	/**
	 * @param reference the bodies known to the service
	 */
	public DocumentExtractor(ReferenceData reference) {
		this.reference = reference;
		this.names = new PersonLineParser((word) -> isBodyName(reference, word));
	}

	private static boolean isBodyName(ReferenceData reference, String word) {
		return reference.whole(word).isPresent();
	}

	/**
	 * Splits the file text into documents and extracts each.
	 * @param fileName the file's name (used in no fact; kept for messages)
	 * @param text the file's text
	 * @param hints curator corrections
	 * @return one extracted document per part, in file order (lines are 1-based over the
	 * whole file)
	 */
	public List<ExtractedDocument> extract(String fileName, String text, ExtractionHints hints) {
		ExtractionHints h = (hints == null) ? ExtractionHints.none() : hints;
		TextLines file = TextLines.of((text == null) ? "" : text);
		List<TextLines> parts = DocumentSplitter.split(file);
		List<ExtractedDocument> out = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			out.add(extractPart(parts.get(i), i + 1, h));
		}
		return out;
	}

	private ExtractedDocument extractPart(TextLines doc, int part, ExtractionHints hints) {
		DocumentFacts facts = new DocumentFacts();
		DocumentKind kind = DocumentClassifier.kind(doc);
		String title = title(doc);
		String group = Groups.detect(doc, 1);
		bodies(doc, facts);
		Integer hinted = hints.yearByPart().get(part);
		Integer year;
		switch (kind) {
			case ANNUAL_SUMMARY -> {
				DocumentClassifier.YearDecision decision = DocumentClassifier.annualYear(doc);
				year = decision.year();
				yearConflicts(decision, hinted, facts);
				if (hinted != null) {
					year = hinted;
				}
				new AnnualSummaryExtractor(this.reference).extract(doc, facts, group, year);
				new MeetingExtractor(this.reference, this.names).peopleOnly(doc, facts, year);
				new HeldMeetings(this.reference, this.names).extract(doc, facts, group, year);
			}
			case PROJECT_SHEET -> {
				year = new ProjectSheetExtractor(this.reference).extract(doc, facts);
				if (hinted != null) {
					year = hinted;
				}
				new MeetingExtractor(this.reference, this.names).peopleOnly(doc, facts, year);
			}
			default -> {
				MeetingExtractor me = new MeetingExtractor(this.reference, this.names);
				year = me.extract(doc, facts, kind, group, title, hinted);
				if (hinted != null) {
					year = hinted;
				}
			}
		}
		if (group != null && (kind == DocumentKind.ANNUAL_SUMMARY || !facts.meetings.isEmpty())) {
			facts.groups.putIfAbsent(group,
					new GroupFact(group, Groups.name(group), doc.evidence(firstNonBlank(doc), firstNonBlank(doc))));
		}
		else if (kind == DocumentKind.ANNUAL_SUMMARY) {
			facts.groups.putIfAbsent(Groups.AGENTS, new GroupFact(Groups.AGENTS, Groups.name(Groups.AGENTS),
					doc.evidence(firstNonBlank(doc), firstNonBlank(doc))));
		}
		List<Integer> years = new ArrayList<>();
		if (year != null) {
			years.add(year);
		}
		return facts.build(title, kind, year, years, part, doc.text());
	}

	private static void yearConflicts(DocumentClassifier.YearDecision decision, Integer hinted, DocumentFacts facts) {
		Integer chosen = (hinted != null) ? hinted : decision.year();
		List<DocumentClassifier.YearSignal> against = new ArrayList<>();
		for (DocumentClassifier.YearSignal s : decision.signals()) {
			if (chosen != null && s.year() != chosen && (s.heading() || s.weight() > 0)) {
				against.add(s);
			}
		}
		if (against.isEmpty() && (hinted == null || hinted.equals(decision.year()))) {
			return;
		}
		StringBuilder support = new StringBuilder();
		Evidence first = null;
		for (DocumentClassifier.YearSignal s : decision.signals()) {
			if (support.length() > 0) {
				support.append(" ; ");
			}
			support.append("« ")
				.append(s.evidence().text())
				.append(" » (ligne ")
				.append(s.evidence().lines())
				.append(s.weight() == 0 ? ", contexte" : ", indique " + s.year())
				.append(")");
			if (first == null || s.heading()) {
				first = s.evidence();
			}
		}
		String description = "Année du document incertaine : les indices se contredisent. " + support;
		String resolution;
		if (hinted != null) {
			resolution = "Année " + hinted + " retenue, corrigé par la curation (fichier de corrections revu)"
					+ ((decision.year() != null && !decision.year().equals(hinted))
							? " ; l'extracteur proposait " + decision.year() + "." : ".");
		}
		else {
			resolution = "Année " + decision.year()
					+ " retenue : les indices les plus forts (plans « Et pour … ? », « En … , nous … ») l'emportent sur le titre de section, "
					+ "probablement une erreur de titre. À confirmer par la curation.";
		}
		facts.conflicts
			.add(new Conflict("year_conflict", "year", description, resolution, (first != null) ? first : null));
	}

	private void bodies(TextLines doc, DocumentFacts facts) {
		for (TextLines.Paragraph p : doc.paragraphs()) {
			String j = p.lines().joined();
			for (BodyMatch b : this.reference.find(j)) {
				if (!b.isBody()) {
					continue;
				}
				Evidence ev = p.lines().evidenceOfSpan(b.start(), b.end());
				if (b.metropolis()) {
					facts.metropolis(b.id(), b.asWritten(), ev);
				}
				else {
					var org = this.reference.organization(b.id()).orElseThrow();
					facts.organization(org.id(), org.name(), org.kind(), ev);
				}
			}
			Matcher m = COMMUNE.matcher(j);
			while (m.find()) {
				Commune c = commune(m);
				facts.organization(c.id(), c.name(), "COMMUNE", p.lines().evidenceOfSpan(m.start(), m.end()));
			}
		}
	}

	/** A commune named as such ("maire de X", "Ville de X"). */
	record Commune(String id, String name) {
	}

	static Commune commune(Matcher m) {
		String prep = m.group(1).strip();
		String place = m.group(2).strip();
		// French keeps the contraction: "Ville des Sorinières", "Ville du Havre", "Ville
		// de l'Isle".
		String linked = switch (prep) {
			case "de la" -> "de la ";
			case "des" -> "des ";
			case "du" -> "du ";
			case "de l'", "de l’" -> "de l'";
			default -> "de ";
		};
		String name = "Ville " + linked + place;
		return new Commune(fr.metrograph.ingest.model.Slugs.of(name), name);
	}

	/**
	 * Finds a commune named in a role ("adjointe au maire de Bordeaux").
	 * @param text a role or affiliation text
	 * @return the commune, or null
	 */
	static Commune communeIn(String text) {
		Matcher m = COMMUNE.matcher(text);
		return m.find() ? commune(m) : null;
	}

	static String title(TextLines doc) {
		List<TextLines.Paragraph> paragraphs = doc.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			TextLines.Paragraph p = paragraphs.get(i);
			StringBuilder sb = new StringBuilder();
			for (String line : p.lines().lines()) {
				sb.append(' ').append(line.strip());
				int bold = sb.toString().split("\\*\\*", -1).length - 1;
				if (bold % 2 == 0) {
					break;
				}
			}
			String t = sb.toString().replace("*", "").replaceAll("^[#\\s]+", "").strip();
			if (t.length() < 4 || t.matches("\\d+")) {
				continue;
			}
			// A title broken over two blocks: "Résumé annuel" then "du groupe des …".
			if (i + 1 < paragraphs.size()) {
				List<String> next = paragraphs.get(i + 1).lines().lines();
				String continuation = next.isEmpty() ? "" : next.get(0).strip();
				if (next.size() == 1 && continuation.length() < 80 && !continuation.isEmpty()
						&& Character.isLowerCase(continuation.charAt(0))) {
					t = t + " " + continuation;
				}
			}
			return normaliseTitle(t);
		}
		return "";
	}

	static String normaliseTitle(String t) {
		String s = t.replace("*", "").replaceAll("\\s+", " ").strip();
		s = s.replaceAll("(?iU)\\b([ée]lu|agent|citoyen)[.·\\-]e[.·\\-]s\\b", "$1·es");
		s = s.replaceAll("(?iU)\\b([ée]lu|agent)\\.es\\b", "$1·es");
		return s;
	}

	private static int firstNonBlank(TextLines doc) {
		for (int n = doc.first(); n <= doc.last(); n++) {
			if (!doc.line(n).isBlank()) {
				return n;
			}
		}
		return doc.first();
	}

}
