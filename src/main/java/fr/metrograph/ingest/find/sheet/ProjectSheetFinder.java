package fr.metrograph.ingest.find.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Finder;
import fr.metrograph.ingest.find.Findings;
import fr.metrograph.ingest.find.themes.Themes;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.EngagementFact;
import fr.metrograph.ingest.model.Facts.PartnershipFact;
import fr.metrograph.ingest.model.Facts.ProjectFact;
import fr.metrograph.ingest.model.Facts.StatusFact;
import fr.metrograph.ingest.split.TextLines;
import fr.metrograph.reference.BodyMatch;

/**
 * A consultancy's project sheet: the client (the first metropolis alone in a header
 * paragraph, else the most named one), the consultancy (an organisation that "a
 * accompagné"/"accompagne" the client, else none), partners (the organisations of the
 * "Partenaires :" paragraph), the title (the first header block that is neither the year
 * nor the client), themes (the title's subject after "Étude sur…", plus participation
 * devices named in the deliverables), deliverables (bullets under "Actions & livrables" /
 * "Livrables") and status history ("au statut de Communauté urbaine en 2017"). The year
 * is the document's.
 */
public final class ProjectSheetFinder implements Finder {

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

	private static final Pattern BULLET = Pattern.compile("^[•\\-*·–▪◦]\\s.*");

	@Override
	public String name() {
		return "project-sheet";
	}

	@Override
	public double confidence() {
		return 0.85;
	}

	/** The header: client and title, with their passages. */
	private record Header(String clientId, String title, Evidence titleEvidence) {
	}

	/** Who did the project: the consultancy and its partners. */
	private record Team(String consultancy, Evidence consultancyEvidence, List<String> partners,
			Evidence partnersEvidence) {
	}

	@Override
	public void find(ExtractionContext context) {
		Findings facts = context.findings();
		Integer year = context.year();
		Header header = header(context);
		Team team = team(context);
		if (team.consultancy() != null && team.partnersEvidence() != null) {
			for (String partner : team.partners()) {
				facts.partnership(new PartnershipFact(team.consultancy(), partner, year, team.partnersEvidence()));
			}
		}
		if (team.consultancy() != null && header.clientId() != null) {
			facts.engagement(
					new EngagementFact(team.consultancy(), header.clientId(), year, team.consultancyEvidence()));
		}
		List<String> deliverables = deliverables(context.lines());
		List<String> themeIds = new ArrayList<>();
		if (header.title() != null) {
			Matcher s = STUDY_SUBJECT.matcher(header.title());
			if (s.matches()) {
				themeIds.add(facts.theme(s.group(1), header.titleEvidence()));
			}
		}
		for (String label : Themes.known(String.join(". ", deliverables) + (deliverables.isEmpty() ? "" : ". "))) {
			String id = facts.theme(label, header.titleEvidence());
			if (!themeIds.contains(id)) {
				themeIds.add(id);
			}
		}
		if (header.clientId() != null) {
			Matcher st = STATUS.matcher(context.lines().joined());
			while (st.find()) {
				facts.status(new StatusFact(header.clientId(), Themes.normalise(st.group(1)),
						Integer.parseInt(st.group(2)), context.lines().evidenceOfSpan(st.start(), st.end())));
			}
		}
		String title = (header.title() != null) ? header.title() : "Projet";
		Evidence ev = (header.titleEvidence() != null) ? header.titleEvidence()
				: context.lines().evidence(context.lines().first(), context.lines().first());
		facts.project(new ProjectFact(Ids.project(team.consultancy(), header.clientId(), year, title), title, year,
				header.clientId(), team.consultancy(), team.partners(), themeIds, deliverables, ev));
	}

	private static Header header(ExtractionContext context) {
		List<TextLines.Paragraph> paragraphs = context.paragraphs();
		boolean yearSeen = false;
		String clientId = null;
		String title = null;
		Evidence titleEvidence = null;
		for (int i = 0; i < Math.min(paragraphs.size(), 6); i++) {
			TextLines.Paragraph p = paragraphs.get(i);
			String text = p.text();
			if (!yearSeen && YEAR_LINE.matcher(text).matches()) {
				yearSeen = true;
				continue;
			}
			if (clientId == null) {
				var whole = context.reference().whole(text);
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
		if (clientId == null) {
			Map<String, Integer> count = new LinkedHashMap<>();
			for (BodyMatch b : context.reference().find(context.lines().joined())) {
				if (b.metropolis() && b.isBody()) {
					count.merge(b.id(), 1, Integer::sum);
				}
			}
			clientId = count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
		}
		return new Header(clientId, title, titleEvidence);
	}

	private static Team team(ExtractionContext context) {
		List<String> partners = new ArrayList<>();
		Evidence partnersEvidence = null;
		for (TextLines.Paragraph p : context.paragraphs()) {
			String text = p.lines().joined();
			Matcher m = PARTNERS.matcher(text);
			if (m.find()) {
				for (BodyMatch b : context.reference().find(text.substring(m.end()))) {
					if (!b.metropolis() && !partners.contains(b.id())) {
						partners.add(b.id());
					}
				}
				partnersEvidence = p.evidence();
				break;
			}
		}
		for (TextLines.Paragraph p : context.paragraphs()) {
			String text = p.lines().joined();
			Matcher m = ACCOMPANIED.matcher(text);
			while (m.find()) {
				int base = Math.max(0, m.start() - 60);
				List<BodyMatch> before = context.reference().find(text.substring(base, m.start()));
				for (int k = before.size() - 1; k >= 0; k--) {
					BodyMatch b = before.get(k);
					if (!b.metropolis() && !partners.contains(b.id())) {
						Evidence ev = p.lines()
							.evidenceOfSpan(base + b.start(), Math.min(text.length(), sentenceEnd(text, m.end())));
						return new Team(b.id(), ev, partners, partnersEvidence);
					}
				}
			}
		}
		return new Team(null, null, partners, partnersEvidence);
	}

	private static List<String> deliverables(TextLines doc) {
		List<String> deliverables = new ArrayList<>();
		for (int n = doc.first(); n <= doc.last(); n++) {
			if (!DELIVERABLES.matcher(doc.line(n).replace("*", "")).matches()) {
				continue;
			}
			for (int k = n + 1; k <= doc.last(); k++) {
				String line = doc.line(k).strip();
				if (line.isEmpty()) {
					continue;
				}
				if (!BULLET.matcher(line).matches()) {
					break;
				}
				deliverables.add(line.replaceFirst("^[•\\-*·–▪◦]\\s*", "").replaceAll("[.;]+$", "").strip());
			}
			break;
		}
		return deliverables;
	}

	private static int sentenceEnd(String text, int from) {
		int dot = text.indexOf('.', from);
		return (dot < 0) ? text.length() : dot + 1;
	}

}
