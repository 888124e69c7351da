package fr.metrograph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.MembershipFact;
import fr.metrograph.ingest.model.Facts.PlannedThemeFact;
import fr.metrograph.ingest.model.Facts.StatedFigure;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.ReferenceData;

/**
 * Extracts the facts of an annual summary of a group:
 * <ul>
 * <li>membership: the list after "le groupe a réuni les agent·es de :", "les membres
 * étaient :" (inline or as the following bullets); bare city names count as bodies
 * there;</li>
 * <li>group meetings: "N en présentiel à X et à Y", "N en distanciel", "N réunions, dont
 * 2 en présentiel (Lyon, Grenoble) et 2 en visio", also when the number and the words are
 * on separate lines; one {@link MeetingFact} per meeting, with a place only when it is
 * unambiguous;</li>
 * <li>stated figures that no node counts ("Cinq séances de travail");</li>
 * <li>experience-sharing sessions: the bullets after "retours d'expérience", each "THEME
 * à partir des exemples de X et de Y" (or "du questionnaire porté par X et Y");</li>
 * <li>planned themes: the plan sentences ("Il est prévu…", "Pour l'année prochaine…") for
 * the year of the "Et pour Y ?" / "Perspectives Y" heading (else year + 1).</li>
 * </ul>
 */
final class AnnualSummaryExtractor {

	private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1),
			Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
			Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
			Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("quinze", 15));

	private static final String NUM = "(\\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)";

	private static final Pattern MEETING_COUNT = Pattern.compile("(?iU)(?<![\\d,])" + NUM
			+ "\\s+(?:(?:r[ée]unions?|rencontres?|s[ée]ances?|temps)\\s+)?(en pr[ée]sentiel|en pr[ée]sence|en distanciel|[àa] distance|en visio(?:conf[ée]rence)?|en ligne)"
			+ "(?:\\s*(?:[àa]\\s+|\\()([^\\d().;]*?)(?=\\s+\\d|\\)|\\.|;|\\s+et\\s+\\d|$))?");

	private static final Pattern FIGURE = Pattern.compile("(?iU)(?<![\\d,])" + NUM
			+ "\\s+(s[ée]ances de travail|r[ée]unions|rencontres|ateliers|webinaires|s[ée]minaires)\\b(?!\\s*,?\\s*dont)");

	private static final Pattern MEMBERS = Pattern.compile(
			"(?iU)(?:a r[ée]uni|r[ée]unit|r[ée]unissait|membres [ée]taient|compos[ée] de|membres\\s*:|participants?\\s*:)[^:]*:");

	private static final Pattern EXPERIENCE = Pattern.compile("(?iU)retours? d['’]exp[ée]riences?");

	private static final Pattern FROM_EXAMPLES = Pattern.compile(
			"(?iU)\\s(?:[àa] partir|sur la base|au travers)\\s+(?:des?|du|de l['’]|de la)\\s*(?:exemples?|questionnaires?|exp[ée]riences?|travaux|retours?)?");

	private static final Pattern PLAN = Pattern.compile(
			"(?iU)(?:il est pr[ée]vu|nous pr[ée]voyons|(?:le groupe|il|nous) (?:souhaite|pr[ée]voit|envisage|pr[ée]pare)|pour l['’]ann[ée]e prochaine|l['’]an prochain|[àa] venir)");

	private static final Pattern PLAN_HEADING = Pattern.compile("(?iU)\\b(?:et pour|perspectives)\\s+(\\d{4})");

	private static final Pattern ACTION_NOUN = Pattern.compile(
			"(?iU)\\b(?:l['’]|une?\\s+|la\\s+|le\\s+)?((?:[ée]criture|actualisation|r[ée]vision|[ée]laboration|refonte|mise à jour|r[ée]daction|renouvellement|[ée]volution)\\s+(?:de la|de l['’]|des|du|de|d['’])\\s*[^.,;()]+?)(?=\\s+et\\s+(?:l['’]|les?\\s|la\\s|d)|[.,;()]|\\s*$)");

	private static final Pattern ENUM_AFTER = Pattern
		.compile("(?iU)(?:th[èe]mes?|chantiers?|sujets?)\\s*(?:\\(([^)]*)\\)|:\\s*([^.]*))");

	private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:\\.{3}\\)?|[.!?…]+\\)?|$)");

	private final ReferenceData reference;

	AnnualSummaryExtractor(ReferenceData reference) {
		this.reference = reference;
	}

	void extract(TextLines doc, DocumentFacts facts, String group, Integer year) {
		if (group == null) {
			group = Groups.AGENTS;
		}
		if (year != null) {
			members(doc, facts, group, year);
			meetings(doc, facts, group, year);
			figures(doc, facts, group, year);
			experiences(doc, facts, group, year);
		}
		planned(doc, facts, group, year);
	}

	private void members(TextLines doc, DocumentFacts facts, String group, int year) {
		List<TextLines.Paragraph> paragraphs = doc.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			TextLines.Paragraph p = paragraphs.get(i);
			String text = p.lines().joined();
			Matcher m = MEMBERS.matcher(text);
			if (!m.find()) {
				continue;
			}
			List<BodyMatch> bodies = new ArrayList<>();
			String after = text.substring(m.end());
			int base = m.end();
			for (BodyMatch b : this.reference.find(after)) {
				if (b.metropolis() && b.isBody()) {
					bodies.add(b);
					add(facts, b, group, year, p.lines().evidenceOfSpan(base + b.start(), base + b.end()));
				}
			}
			if (bodies.isEmpty()) {
				// the list follows as bullets
				for (int j = i + 1; j < paragraphs.size(); j++) {
					TextLines.Paragraph q = paragraphs.get(j);
					boolean any = false;
					for (int n = q.from(); n <= q.to(); n++) {
						String line = q.lines().line(n).strip();
						if (!line.matches("^[•\\-*·–▪◦].*")) {
							continue;
						}
						for (BodyMatch b : this.reference.find(line)) {
							if (b.metropolis() && b.isBody()) {
								any = true;
								add(facts, b, group, year, q.lines().evidence(n, n));
								break;
							}
						}
					}
					if (!any) {
						break;
					}
				}
			}
			return;
		}
	}

	private void add(DocumentFacts facts, BodyMatch b, String group, int year, Evidence ev) {
		for (MembershipFact f : facts.memberships) {
			if (f.metropolisId().equals(b.id())) {
				return;
			}
		}
		facts.memberships.add(new MembershipFact(b.id(), group, year, ev));
		facts.metropolis(b.id(), b.asWritten(), ev);
	}

	private void meetings(TextLines doc, DocumentFacts facts, String group, int year) {
		String j = doc.joined();
		Matcher m = MEETING_COUNT.matcher(j);
		int inPerson = 0;
		int remote = 0;
		while (m.find()) {
			Integer n = number(m.group(1));
			if (n == null || n == 0 || n > 30) {
				continue;
			}
			String fmt = m.group(2).toLowerCase(Locale.ROOT);
			Format format = (fmt.contains("pr") && !fmt.contains("distance")) ? Format.IN_PERSON : Format.REMOTE;
			List<String> places = new ArrayList<>();
			if (format == Format.IN_PERSON && m.group(3) != null) {
				for (String piece : m.group(3).split("(?U)\\s*(?:,|\\bet\\b|\\b[àa]\\b)\\s*")) {
					String place = piece.strip();
					if (!place.isEmpty() && Character.isUpperCase(place.charAt(0)) && place.length() < 40) {
						places.add(place);
					}
				}
			}
			Evidence ev = doc.evidenceOfSpan(m.start(), m.end());
			String code = (format == Format.IN_PERSON) ? "in-person" : "remote";
			for (int k = 1; k <= n; k++) {
				String place = null;
				if (format == Format.IN_PERSON) {
					if (places.size() == 1) {
						place = places.get(0);
					}
					else if (places.size() == n) {
						place = places.get(k - 1);
					}
				}
				Evidence e = ev;
				if (format == Format.IN_PERSON && place == null && !places.isEmpty()) {
					e = new Evidence(ev.text() + " [lieux possibles : " + String.join(", ", places) + "]",
							ev.fromLine(), ev.toLine());
				}
				int index = (format == Format.IN_PERSON) ? ++inPerson : ++remote;
				facts.meetings.add(new MeetingFact(group + "-" + year + "-" + code + "-" + index,
						"Réunion du groupe (" + ((format == Format.IN_PERSON) ? "présentiel" : "distanciel") + ") "
								+ year,
						null, null, year, format, place, "group_meeting", null, false, null, group, List.of(), e));
			}
		}
	}

	private void figures(TextLines doc, DocumentFacts facts, String group, int year) {
		String j = doc.joined();
		Matcher m = FIGURE.matcher(j);
		while (m.find()) {
			Integer n = number(m.group(1));
			if (n == null) {
				continue;
			}
			String what = m.group(2).toLowerCase(Locale.ROOT);
			String name = what.startsWith("s") && what.contains("travail") ? "work_sessions" : what.startsWith("r")
					? "meetings" : what.startsWith("a") ? "workshops" : what.startsWith("w") ? "webinars" : "seminars";
			facts.figures
				.add(new StatedFigure(group, name, n, year, doc.evidenceOfSpan(m.start(), sentenceEnd(j, m.end()))));
		}
	}

	private static int sentenceEnd(String j, int from) {
		int dot = j.indexOf('.', from);
		return (dot < 0 || dot - from > 120) ? Math.min(j.length(), from + 40) : dot + 1;
	}

	private void experiences(TextLines doc, DocumentFacts facts, String group, int year) {
		int index = 0;
		for (int n = doc.first(); n <= doc.last(); n++) {
			if (!EXPERIENCE.matcher(doc.line(n)).find() || !doc.line(n).strip().endsWith(":")) {
				continue;
			}
			for (int k = n + 1; k <= doc.last(); k++) {
				String line = doc.line(k).strip();
				if (line.isEmpty()) {
					continue;
				}
				if (!line.matches("^[•\\-*·–▪◦].*")) {
					break;
				}
				String item = line.replaceFirst("^[•\\-*·–▪◦]\\s*", "");
				Matcher from = FROM_EXAMPLES.matcher(item);
				if (!from.find()) {
					continue;
				}
				String themeText = item.substring(0, from.start());
				String who = item.substring(from.end());
				Evidence ev = doc.evidence(k, k);
				String themeId = facts.theme(themeText, ev);
				index++;
				String id = group + "-" + year + "-experience-" + index;
				facts.meetings.add(new MeetingFact(id, "Retour d'expérience : " + Themes.normalise(themeText), null,
						null, year, Format.UNKNOWN, null, "experience_sharing", null, false, null, group,
						List.of(themeId), ev));
				for (BodyMatch b : this.reference.find(who)) {
					if (b.isBody()) {
						facts.participation(b.id(), b.metropolis(), id, "presenter", ev);
						if (b.metropolis()) {
							facts.metropolis(b.id(), b.asWritten(), ev);
						}
					}
				}
			}
		}
	}

	private void planned(TextLines doc, DocumentFacts facts, String group, Integer year) {
		String j = doc.joined();
		Integer forYear = null;
		Matcher h = PLAN_HEADING.matcher(j);
		if (h.find()) {
			forYear = Integer.valueOf(h.group(1));
		}
		if (forYear == null) {
			if (year == null) {
				return;
			}
			forYear = year + 1;
		}
		List<String> done = new ArrayList<>();
		for (TextLines.Paragraph p : doc.paragraphs()) {
			String text = p.lines().joined();
			if (!PLAN.matcher(text).find()) {
				continue;
			}
			for (Matcher sm = SENTENCE.matcher(text); sm.find();) {
				String sentence = sm.group();
				Evidence ev = p.lines().evidenceOfSpan(sm.start(), sm.end());
				List<String> labels = new ArrayList<>();
				Matcher a = ACTION_NOUN.matcher(sentence);
				while (a.find()) {
					labels.add(a.group(1));
				}
				Matcher e = ENUM_AFTER.matcher(sentence);
				while (e.find()) {
					String list = (e.group(1) != null) ? e.group(1) : e.group(2);
					for (String piece : list.split("\\s*(?:,|;|\\bet\\b(?= l| le| la| les| d))\\s*")) {
						if (!piece.isBlank() && !labels.contains(piece)) {
							labels.add(piece);
						}
					}
				}
				for (String label : labels) {
					String norm = Themes.normalise(label);
					if (norm.length() < 3 || norm.split(" ").length > 9) {
						continue;
					}
					String id = Themes.id(norm);
					if (done.contains(id)) {
						continue;
					}
					done.add(id);
					facts.theme(norm, ev);
					facts.planned.add(new PlannedThemeFact(group, id, forYear, ev));
				}
			}
		}
	}

	static Integer number(String s) {
		if (s.chars().allMatch(Character::isDigit)) {
			return Integer.valueOf(s);
		}
		return NUMBER_WORDS.get(s.toLowerCase(Locale.ROOT));
	}

}
