package fr.metrograph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.EngagementFact;
import fr.metrograph.ingest.model.Facts.PartnershipFact;
import fr.metrograph.ingest.model.Facts.ProjectFact;
import fr.metrograph.ingest.model.Facts.StatusFact;
import fr.metrograph.ingest.model.Slugs;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.ReferenceData;

/**
 * Extracts a consultancy's project sheet: the client (first metropolis of the header,
 * else the most named one), the year (a year alone in the header, e.g. "→ 2019", else the
 * most frequent), the consultancy (an organisation that "a accompagné"/"accompagne" the
 * client, else the only consultancy named outside the partner line), partners (the
 * organisations of the "Partenaires :" line), the title (first bold/heading block that is
 * not the client), themes (the title's subject after "Étude sur…", plus participation
 * devices named in the deliverables), deliverables (bullets under "Actions &
 * livrables"/"Livrables"), and status history ("au statut de Communauté urbaine en
 * 2017").
 */
final class ProjectSheetExtractor {

	private static final Pattern YEAR_LINE = Pattern.compile("^\\W*((?:19|20)\\d\\d)\\W*$");

	private static final Pattern PARTNERS = Pattern.compile("(?iU)partenaires?\\s*:");

	private static final Pattern ACCOMPANIED = Pattern
		.compile("(?iU)\\b(?:a accompagn[ée]|accompagne|a assist[ée]|assiste|a men[ée]|a r[ée]alis[ée])\\b");

	private static final Pattern DELIVERABLES = Pattern
		.compile("(?iU)^\\W*(?:actions?\\s*(?:&|et)\\s*)?livrables?\\W*$");

	private static final Pattern STATUS = Pattern.compile(
			"(?iU)statut d[e']\\s*(communaut[ée] urbaine|communaut[ée] d['’]agglom[ée]ration|communaut[ée] de communes|m[ée]tropole|[ée]tablissement public territorial)\\s+en\\s+(\\d{4})");

	private static final Pattern STUDY_SUBJECT = Pattern.compile(
			"(?iU)^(?:[ée]tude|mission|accompagnement|diagnostic|strat[ée]gie)\\s+(?:sur|de|d['’]|du|des|pour)\\s+(?:la |le |les |l['’])?(.+)$");

	private final ReferenceData reference;

	ProjectSheetExtractor(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * @return the project's year, or null
	 */
	Integer extract(TextLines doc, DocumentFacts facts) {
		List<TextLines.Paragraph> paragraphs = doc.paragraphs();
		Integer year = null;
		String clientId = null;
		String title = null;
		Evidence titleEvidence = null;
		int headerEnd = Math.min(paragraphs.size(), 6);
		for (int i = 0; i < headerEnd; i++) {
			TextLines.Paragraph p = paragraphs.get(i);
			String text = p.text();
			Matcher y = YEAR_LINE.matcher(text);
			if (year == null && y.matches()) {
				year = Integer.valueOf(y.group(1));
				continue;
			}
			if (clientId == null) {
				var whole = this.reference.whole(text);
				if (whole.isPresent() && whole.get().metropolis()) {
					clientId = whole.get().id();
					continue;
				}
			}
			if (title == null && !PARTNERS.matcher(text).find() && text.length() > 8) {
				title = text.replaceAll("^[#\\s]+", "");
				titleEvidence = p.evidence();
			}
		}
		if (year == null) {
			year = DocumentClassifier.mostFrequentYear(doc.text());
		}
		if (clientId == null) {
			Map<String, Integer> count = new LinkedHashMap<>();
			for (BodyMatch b : this.reference.find(doc.joined())) {
				if (b.metropolis() && b.isBody()) {
					count.merge(b.id(), 1, Integer::sum);
				}
			}
			clientId = count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		}
		// partners
		List<String> partners = new ArrayList<>();
		Evidence partnersEvidence = null;
		for (TextLines.Paragraph p : paragraphs) {
			String text = p.lines().joined();
			Matcher m = PARTNERS.matcher(text);
			if (m.find()) {
				for (BodyMatch b : this.reference.find(text.substring(m.end()))) {
					if (!b.metropolis() && !partners.contains(b.id())) {
						partners.add(b.id());
					}
				}
				partnersEvidence = p.evidence();
				break;
			}
		}
		// consultancy
		String consultancy = null;
		Evidence consultancyEvidence = null;
		for (TextLines.Paragraph p : paragraphs) {
			String text = p.lines().joined();
			Matcher m = ACCOMPANIED.matcher(text);
			while (consultancy == null && m.find()) {
				List<BodyMatch> before = this.reference.find(text.substring(Math.max(0, m.start() - 60), m.start()));
				for (int k = before.size() - 1; k >= 0; k--) {
					BodyMatch b = before.get(k);
					if (!b.metropolis() && !partners.contains(b.id())) {
						consultancy = b.id();
						int base = Math.max(0, m.start() - 60);
						consultancyEvidence = p.lines()
							.evidenceOfSpan(base + b.start(), Math.min(text.length(), sentenceEnd(text, m.end())));
						break;
					}
				}
			}
		}
		if (consultancy != null && partnersEvidence != null) {
			for (String partner : partners) {
				facts.partnerships.add(new PartnershipFact(consultancy, partner, year, partnersEvidence));
			}
		}
		if (consultancy != null && clientId != null) {
			facts.engagements.add(new EngagementFact(consultancy, clientId, year, consultancyEvidence));
		}
		// deliverables
		List<String> deliverables = new ArrayList<>();
		StringBuilder deliverableText = new StringBuilder();
		for (int n = doc.first(); n <= doc.last(); n++) {
			if (!DELIVERABLES.matcher(doc.line(n).replace("*", "")).matches()) {
				continue;
			}
			for (int k = n + 1; k <= doc.last(); k++) {
				String line = doc.line(k).strip();
				if (line.isEmpty()) {
					continue;
				}
				if (!line.matches("^[•\\-*·–▪◦]\\s.*")) {
					break;
				}
				String d = line.replaceFirst("^[•\\-*·–▪◦]\\s*", "").replaceAll("[.;]+$", "").strip();
				deliverables.add(d);
				deliverableText.append(d).append(". ");
			}
			break;
		}
		// themes
		List<String> themeIds = new ArrayList<>();
		if (title != null) {
			Matcher s = STUDY_SUBJECT.matcher(title);
			if (s.matches()) {
				themeIds.add(facts.theme(s.group(1), titleEvidence));
			}
		}
		for (String label : Themes.known(deliverableText.toString())) {
			String id = facts.theme(label, titleEvidence);
			if (!themeIds.contains(id)) {
				themeIds.add(id);
			}
		}
		// status history
		if (clientId != null) {
			Matcher st = STATUS.matcher(doc.joined());
			while (st.find()) {
				String status = Themes.normalise(st.group(1));
				facts.statuses.add(new StatusFact(clientId, status, Integer.parseInt(st.group(2)),
						doc.evidenceOfSpan(st.start(), st.end())));
			}
		}
		String projectTitle = (title != null) ? title : "Projet";
		String id = Slugs.of(((consultancy != null) ? consultancy + "-" : "")
				+ ((clientId != null) ? clientId + "-" : "") + ((year != null) ? year + "-" : "") + projectTitle);
		Evidence ev = (titleEvidence != null) ? titleEvidence : doc.evidence(doc.first(), doc.first());
		facts.projects
			.add(new ProjectFact(id, projectTitle, year, clientId, consultancy, partners, themeIds, deliverables, ev));
		return year;
	}

	private static int sentenceEnd(String text, int from) {
		int dot = text.indexOf('.', from);
		return (dot < 0) ? text.length() : dot + 1;
	}

}
