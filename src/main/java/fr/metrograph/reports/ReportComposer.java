package fr.metrograph.reports;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.copresence.CopresenceViews.NodeView;
import fr.metrograph.reports.ReportContent.Block;
import fr.metrograph.reports.ReportContent.Bullets;
import fr.metrograph.reports.ReportContent.Figure;
import fr.metrograph.reports.ReportContent.Paragraph;
import fr.metrograph.reports.ReportContent.Section;
import fr.metrograph.reports.ReportContent.Subheading;
import fr.metrograph.reports.ReportContent.Table;
import fr.metrograph.reports.YearReport.ConflictLine;
import fr.metrograph.reports.YearReport.GroupComposition;
import fr.metrograph.reports.YearReport.MeetingLine;
import fr.metrograph.reports.YearReport.PersonLine;
import fr.metrograph.trends.PlannedVersusRealised.Outcome;
import fr.metrograph.trends.ThemeTrends.ThemeTrend;

/**
 * Words a {@link YearReport} in French, section by section. Pure: no Spring, no graph.
 * <p>
 * Over 300 lines: one method per section of the report, in reading order, each short and
 * pure; splitting by section would scatter the shared French formatting helpers.
 */
final class ReportComposer {

	static final String NETWORK = "network";

	static final String MEMBERSHIP = "membership";

	static final String MEETINGS = "meetings";

	private static final int TOP = 10;

	private final YearReport r;

	private final Map<String, Figure> figures;

	ReportComposer(YearReport report, Map<String, Figure> figures) {
		this.r = report;
		this.figures = figures;
	}

	ReportContent compose() {
		int y = this.r.year();
		List<Section> sections = new ArrayList<>(List.of(composition(), meetings(), themes()));
		YearProjects projects = new YearProjects(this.r);
		projects.section().ifPresent(sections::add);
		sections.addAll(List.of(plans(), network(), people(), quality(), sources()));
		return new ReportContent("Rapport annuel du réseau des métropoles participatives — " + y,
				"Composition, rencontres, thèmes, réseau et sources de l'année " + y, sections, projects.notice());
	}

	private Section composition() {
		List<Block> blocks = new ArrayList<>();
		if (this.r.groups().isEmpty()) {
			blocks.add(new Paragraph("Aucune liste de membres n'est connue pour " + this.r.year() + "."));
		}
		for (GroupComposition g : this.r.groups()) {
			blocks.add(new Subheading("Groupe des " + groupLabel(g.group())));
			blocks.add(new Paragraph("En " + this.r.year() + ", " + count(g.members().size(), "métropole", "métropoles")
					+ " : " + String.join(", ", g.members()) + "."));
			if (g.previousYear() == null) {
				blocks.add(new Paragraph("Première année connue pour ce groupe : pas de comparaison possible."));
			}
			else {
				blocks.add(new Bullets(List.of(
						"Par rapport à " + g.previousYear() + " (" + count(g.previousCount(), "métropole", "métropoles")
								+ ") : " + signed(g.members().size() - g.previousCount()) + ".",
						"Arrivées : " + listOrNone(g.joined(), "aucune") + ".",
						"Départs : " + listOrNone(g.left(), "aucun") + ".")));
			}
		}
		blocks.add(this.figures.get(MEMBERSHIP));
		return new Section("composition", "Composition des groupes", blocks);
	}

	private Section meetings() {
		List<Block> blocks = new ArrayList<>();
		var t = this.r.meetingTotals();
		if (t == null) {
			blocks.add(new Paragraph("Aucune réunion n'est connue pour " + this.r.year() + "."));
		}
		else {
			blocks.add(new Paragraph(count(t.total(), "réunion", "réunions") + " en " + this.r.year() + " : "
					+ t.inPerson() + " en présentiel, " + t.remote() + " à distance, " + t.hybrid() + " hybride"
					+ ((t.hybrid() > 1) ? "s" : "") + ", " + t.unknown() + " de format inconnu. Lieux : "
					+ listOrNone(t.places(), "non précisés") + "."));
		}
		List<List<String>> rows = new ArrayList<>();
		for (MeetingLine m : this.r.meetings()) {
			if (m.counted()) {
				// Meetings a summary only counts: one row with their number and the
				// passage.
				rows.add(List.of((m.count() > 1) ? "non datées" : "non datée",
						count(m.count(), "réunion", "réunions") + " connue" + ((m.count() > 1) ? "s" : "")
								+ " par un décompte : « " + m.evidence() + " »"
								+ ((m.lines() != null) ? " (l. " + m.lines() + ")" : ""),
						groupLabel(m.group()), format(m.format()), orDash(m.place()), "—"));
			}
			else if (!"experience_sharing".equals(m.kind())) {
				rows.add(List.of(date(m), m.title(), groupLabel(m.group()), format(m.format()), orDash(m.place()),
						(m.present() > 0) ? Long.toString(m.present()) : "—"));
			}
		}
		if (!rows.isEmpty()) {
			blocks.add(new Table(List.of("Date", "Réunion", "Groupe", "Format", "Lieu", "Présent·es"), rows,
					List.of(1.1, 3.0, 1.0, 1.1, 1.2, 0.9)));
		}
		blocks.add(this.figures.get(MEETINGS));
		return new Section("reunions", "Réunions", blocks);
	}

	private Section themes() {
		List<Block> blocks = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (ThemeTrend theme : this.r.themes()) {
			items.add(theme.name() + " — " + count(theme.sessions(), "séance", "séances")
					+ (theme.presenters().isEmpty() ? "" : ", présenté par " + String.join(", ", theme.presenters())));
		}
		List<String> projectThemes = new YearProjects(this.r).themes();
		if (items.isEmpty() && !projectThemes.isEmpty()) {
			blocks.add(new Paragraph("Aucune réunion connue de " + this.r.year()
					+ " ne porte de thème ; les projets de l'année portent sur : " + String.join(", ", projectThemes)
					+ " (voir « Projets de l'année »)."));
		}
		else {
			blocks.add(items.isEmpty() ? new Paragraph("Aucun thème n'est connu pour " + this.r.year() + ".")
					: new Bullets(items));
		}
		blocks.add(new Subheading("Retours d'expérience : qui a présenté quoi"));
		List<List<String>> rows = this.r.meetings()
			.stream()
			.filter((m) -> "experience_sharing".equals(m.kind()))
			.map((m) -> List.of(String.join(", ", m.themes().isEmpty() ? List.of(m.title()) : m.themes()),
					listOrNone(m.presenters(), "—"), groupLabel(m.group())))
			.toList();
		blocks.add(rows.isEmpty() ? new Paragraph("Aucun retour d'expérience n'est connu pour cette année.")
				: new Table(List.of("Thème", "Présenté par", "Groupe"), rows, List.of(3.0, 2.5, 1.0)));
		return new Section("themes", "Thèmes travaillés et retours d'expérience", blocks);
	}

	private Section plans() {
		List<Block> blocks = new ArrayList<>();
		int y = this.r.year();
		blocks.add(new Subheading("Ce qui était annoncé pour " + y));
		if (this.r.previousPlans().isEmpty()) {
			blocks.add(new Paragraph("Aucun thème n'avait été annoncé pour " + y + " dans les sources."));
		}
		else {
			long realised = this.r.previousPlans().stream().filter(Outcome::realised).count();
			blocks.add(new Paragraph(realised + " thème" + ((realised > 1) ? "s" : "") + " réalisé"
					+ ((realised > 1) ? "s" : "") + " sur " + this.r.previousPlans().size() + " annoncé"
					+ ((this.r.previousPlans().size() > 1) ? "s" : "")
					+ " (un thème annoncé compte comme réalisé quand un thème de l'année lui ressemble assez : "
					+ "similarité d'au moins 0,6)."));
			List<List<String>> rows = this.r.previousPlans()
				.stream()
				.map((o) -> List.of(o.planned().theme(), (o.match() != null) ? o.match().theme() : "—",
						decimal(o.score()), o.realised() ? "oui" : (o.yearReported() ? "non" : "année non documentée")))
				.toList();
			blocks.add(new Table(List.of("Thème annoncé", "Thème réalisé le plus proche", "Similarité", "Réalisé"),
					rows, List.of(2.5, 2.5, 1.0, 1.0)));
		}
		blocks.add(new Subheading("Annoncé pour " + (y + 1)));
		blocks.add(this.r.nextPlans().isEmpty()
				? new Paragraph("Aucun thème n'est annoncé pour " + (y + 1) + " dans les sources.")
				: new Bullets(this.r.nextPlans()
					.stream()
					.map((o) -> o.planned().theme() + " (" + groupLabel(o.planned().group()) + ")")
					.distinct()
					.toList()));
		return new Section("prevu-realise", "Prévu et réalisé", blocks);
	}

	private Section network() {
		List<Block> blocks = new ArrayList<>();
		NetworkView m = this.r.metropolisNetwork();
		if (this.r.meetings().isEmpty()) {
			// No meeting known: the network is unknown, not empty.
			blocks.add(new Paragraph("Aucune réunion de " + this.r.year()
					+ " n'est connue : le réseau de co-présence de l'année n'est pas documenté (ce n'est pas un "
					+ "réseau vide)."));
			return new Section("reseau", "Réseau de co-présence", blocks);
		}
		blocks.add(new Paragraph("Deux métropoles sont liées quand elles étaient à la même réunion de " + this.r.year()
				+ " (par leurs personnes présentes ou comme présentatrices). Réseau des métropoles : "
				+ count(m.nodes().size(), "métropole", "métropoles") + ", " + count(m.edges().size(), "lien", "liens")
				+ ", densité " + decimal(m.density()) + ". Réseau des personnes : "
				+ count(this.r.peopleNetwork().nodes().size(), "personne", "personnes") + ", "
				+ count(this.r.peopleNetwork().edges().size(), "lien", "liens") + "."));
		blocks.add(this.figures.get(NETWORK));
		blocks.add(new Subheading("Métropoles les plus connectées"));
		blocks.add(top(m, "Métropole"));
		blocks.add(new Subheading("Personnes les plus connectées"));
		blocks.add(top(this.r.peopleNetwork(), "Personne"));
		return new Section("reseau", "Réseau de co-présence", blocks);
	}

	private static Block top(NetworkView network, String label) {
		List<List<String>> rows = network.nodes()
			.stream()
			.filter((n) -> n.degree() > 0)
			.sorted(Comparator.comparingInt(NodeView::degree)
				.reversed()
				.thenComparing(Comparator.comparingDouble(NodeView::weightedDegree).reversed())
				.thenComparing(NodeView::name))
			.limit(TOP)
			.map((n) -> List.of(n.name(), Integer.toString(n.degree()), decimal(n.weightedDegree())))
			.toList();
		return rows.isEmpty() ? new Paragraph("Aucun lien de co-présence cette année.")
				: new Table(List.of(label, "Liens", "Réunions partagées (cumul)"), rows, List.of(3.0, 1.0, 1.5));
	}

	private Section people() {
		List<Block> blocks = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (PersonLine p : this.r.people()) {
			String roles = p.roles()
				.stream()
				.map((role) -> role.title() + ((role.at() != null) ? " (" + role.at() + ")" : ""))
				.distinct()
				.collect(Collectors.joining(" ; "));
			String capacities = p.capacities()
				.stream()
				.map(ReportComposer::capacity)
				.distinct()
				.collect(Collectors.joining(", "));
			rows.add(List.of(p.name(), roles.isEmpty() ? "—" : roles, Long.toString(p.meetings()), capacities));
		}
		blocks.add(rows.isEmpty()
				? new Paragraph("Aucune personne n'est nommée parmi les présent·es aux réunions de " + this.r.year()
						+ " dans les sources.")
				: new Table(List.of("Personne", "Rôles", "Réunions", "En qualité de"), rows,
						List.of(1.6, 3.2, 0.8, 1.4)));
		return new Section("personnes", "Personnes et rôles rencontrés", blocks);
	}

	private Section quality() {
		List<Block> blocks = new ArrayList<>();
		if (this.r.conflicts().isEmpty()) {
			blocks.add(new Paragraph("Aucun conflit n'a été relevé dans les sources de l'année."));
		}
		else {
			blocks.add(new Paragraph("Incohérences relevées au chargement des sources et décisions prises :"));
			blocks.add(new Table(List.of("Sujet", "Constat", "Résolution", "Document"),
					this.r.conflicts()
						.stream()
						.map((c) -> List.of(subject(c), orDash(c.description()), orDash(c.resolution()),
								orDash(c.path()) + ((c.lines() != null) ? ", lignes " + c.lines() : "")))
						.toList(),
					List.of(1.2, 2.6, 2.2, 1.6)));
		}
		return new Section("qualite", "Notes sur la qualité des données", blocks);
	}

	private Section sources() {
		List<List<String>> rows = new ArrayList<>();
		int i = 1;
		for (var s : this.r.sources()) {
			rows.add(List.of("[" + i++ + "]", orDash(s.title()),
					s.path() + ((s.part() != null && s.part() > 1) ? " (partie " + s.part() + ")" : ""), kind(s.kind()),
					(s.year() != null) ? s.year().toString() : "—"));
		}
		return new Section("sources", "Sources",
				List.of(new Paragraph("Documents sur lesquels s'appuie ce rapport :"), new Table(
						List.of("N°", "Titre", "Chemin", "Nature", "Année"), rows, List.of(0.5, 2.6, 2.4, 1.3, 0.6))));
	}

	/** What a conflict is about, in words: never an internal id. */
	private static String subject(ConflictLine c) {
		if (c.subjectName() != null) {
			return c.subjectName();
		}
		if (c.subject() == null) {
			return "—";
		}
		return switch (c.subject()) {
			case "year" -> "année du document";
			case "name" -> "nom";
			case "title" -> "titre";
			default -> "name_variant".equals(c.type()) ? "graphie d'un nom" : c.subject();
		};
	}

	static String groupLabel(String group) {
		if (group == null) {
			return "—";
		}
		return switch (group) {
			case "agents" -> "agent·es";
			case "elus" -> "élu·es";
			default -> group;
		};
	}

	static String format(String format) {
		if (format == null) {
			return "inconnu";
		}
		return switch (format) {
			case "IN_PERSON" -> "en présentiel";
			case "REMOTE" -> "à distance";
			case "HYBRID" -> "hybride";
			default -> "inconnu";
		};
	}

	static String kind(String kind) {
		if (kind == null) {
			return "—";
		}
		return switch (kind) {
			case "annual_summary" -> "résumé annuel";
			case "meeting_report" -> "compte rendu de rencontre";
			case "project_sheet" -> "fiche projet";
			case "deliberation" -> "délibération";
			case "article" -> "article";
			case "minutes" -> "relevé de décisions";
			case "programme" -> "programme";
			default -> kind.replace('_', ' ');
		};
	}

	private static String capacity(String capacity) {
		if (capacity == null) {
			return "participation";
		}
		return switch (capacity) {
			case "organiser" -> "organisation";
			case "facilitator" -> "animation";
			case "speaker" -> "intervention";
			case "accompanying" -> "accompagnement";
			default -> "participation";
		};
	}

	private static String date(MeetingLine m) {
		if (m.startDate() == null) {
			return (m.year() != null) ? m.year().toString() : "—";
		}
		try {
			LocalDate start = LocalDate.parse(m.startDate());
			LocalDate end = (m.endDate() != null) ? LocalDate.parse(m.endDate()) : start;
			if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
				// a meeting the documents date to the month only: "juin 2023", not
				// "01/06/2023"
				return start.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
			}
			DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
			return end.isAfter(start) ? start.format(day) + " – " + end.format(day) : start.format(day);
		}
		catch (DateTimeParseException ex) {
			return m.startDate();
		}
	}

	private static String count(long n, String one, String many) {
		return n + " " + ((n > 1) ? many : one);
	}

	private static String signed(long delta) {
		return (delta == 0) ? "effectif stable" : ((delta > 0) ? "+" + delta : "−" + (-delta));
	}

	private static String listOrNone(List<String> items, String none) {
		return items.isEmpty() ? none : String.join(", ", items);
	}

	private static String orDash(String text) {
		return (text == null || text.isBlank()) ? "—" : text;
	}

	static String decimal(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.FRENCH);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(2);
		return format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
	}

}
