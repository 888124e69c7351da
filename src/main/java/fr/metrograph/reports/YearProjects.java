package fr.metrograph.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.metrograph.reports.ReportContent.Bullets;
import fr.metrograph.reports.ReportContent.Paragraph;
import fr.metrograph.reports.ReportContent.Section;
import fr.metrograph.reports.ReportContent.Subheading;
import fr.metrograph.reports.YearReport.ProjectLine;

/**
 * Words what a year's project sheets say (a section of their own), and, for a year the
 * documents say little of (no members listed, no meeting, no theme worked in a meeting),
 * the notice that the report's first page gives: that the year is thinly documented, and
 * what it does have. Pure: no Spring, no graph.
 */
final class YearProjects {

	private final YearReport r;

	YearProjects(YearReport report) {
		this.r = report;
	}

	/** Whether the year has no members listed, no meeting and no theme. */
	boolean sparse() {
		return this.r.groups().isEmpty() && this.r.meetings().isEmpty() && this.r.themes().isEmpty();
	}

	/** The themes of the year's projects, in order of appearance. */
	List<String> themes() {
		Set<String> themes = new LinkedHashSet<>();
		this.r.projects().forEach((p) -> themes.addAll(p.themes()));
		return List.copyOf(themes);
	}

	/** The paragraphs of the first page's notice, or none for a documented year. */
	List<String> notice() {
		if (!sparse()) {
			return List.of();
		}
		int y = this.r.year();
		List<String> notice = new ArrayList<>();
		notice.add("Année peu documentée : les documents ne donnent pour " + y
				+ " ni la composition des groupes, ni réunion, ni retour d'expérience. Les sections qui suivent le disent "
				+ "plutôt que de montrer des zéros.");
		List<String> has = new ArrayList<>();
		if (!this.r.projects().isEmpty()) {
			int n = this.r.projects().size();
			has.add(n + " projet" + ((n > 1) ? "s" : "") + " ("
					+ String.join(" ; ", this.r.projects().stream().map(YearProjects::name).toList()) + ")");
		}
		List<String> themes = themes();
		if (!themes.isEmpty()) {
			has.add(themes.size() + " thème" + ((themes.size() > 1) ? "s" : "") + " : " + String.join(", ", themes));
		}
		long documents = this.r.sources().stream().filter((s) -> s.year() != null && s.year() == y).count();
		has.add(documents + " document" + ((documents > 1) ? "s" : "") + " daté" + ((documents > 1) ? "s" : "") + " de "
				+ y);
		notice.add("Ce que l'année a : " + String.join(" ; ", has) + ".");
		return notice;
	}

	/** The section on the year's projects, when there are some. */
	Optional<Section> section() {
		if (this.r.projects().isEmpty()) {
			return Optional.empty();
		}
		List<ReportContent.Block> blocks = new ArrayList<>();
		for (ProjectLine p : this.r.projects()) {
			blocks.add(new Subheading(name(p)));
			List<String> items = new ArrayList<>();
			if (!p.delivered().isEmpty()) {
				items.add("Réalisé par : " + String.join(", ", p.delivered())
						+ (p.partners().isEmpty() ? "" : ", avec " + String.join(", ", p.partners())));
			}
			if (!p.themes().isEmpty()) {
				items.add("Thèmes : " + String.join(", ", p.themes()));
			}
			if (p.deliverables() != null && !p.deliverables().isEmpty()) {
				items.add("Livrables : " + String.join(" ; ", p.deliverables()));
			}
			p.sources()
				.forEach((s) -> items.add("Source : " + ((s.title() != null) ? s.title() + " — " : "") + s.path()));
			blocks.add(items.isEmpty() ? new Paragraph("Aucun détail n'est connu de ce projet.") : new Bullets(items));
		}
		return Optional.of(new Section("projets", "Projets de l'année", blocks));
	}

	private static String name(ProjectLine p) {
		String title = (p.title() != null && !p.title().isBlank()) ? "« " + p.title() + " »" : "projet sans titre";
		return title + (p.metropolises().isEmpty() ? "" : " pour " + String.join(", ", p.metropolises()));
	}

}
