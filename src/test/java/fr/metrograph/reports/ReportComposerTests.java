package fr.metrograph.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.reports.ReportContent.Bullets;
import fr.metrograph.reports.ReportContent.Figure;
import fr.metrograph.reports.ReportContent.Section;
import fr.metrograph.reports.ReportContent.Table;
import fr.metrograph.reports.YearReport.ConflictLine;
import fr.metrograph.reports.YearReport.MeetingLine;
import fr.metrograph.reports.YearReport.ProjectLine;
import fr.metrograph.reports.YearReport.ProjectSource;
import fr.metrograph.reports.YearReport.SourceLine;
import fr.metrograph.testsupport.TrendRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording of honest unknowns in the yearly report: a thin year says so on its first
 * page and shows what it has; counted meetings are one row with their passage; conflict
 * subjects are names, never ids.
 */
class ReportComposerTests {

	private static final NetworkView EMPTY = new NetworkView("metropolises", List.of(), List.of(), 0.0, 0, 0, List.of(),
			0, List.of(), 0, 0, null, 0, null);

	@Test
	void aYearWithOnlyAProjectSheetSaysSoOnItsFirstPageAndShowsTheProjectsThemes() {
		ProjectLine project = new ProjectLine("p1", "Accompagnement de la démarche participative", 2019,
				List.of("Guide méthodologique"), List.of("Cabinet Exemple"), List.of("Partenaire"),
				List.of("Clermont Auvergne Métropole"), List.of("Budget participatif", "Concertation"),
				List.of(new ProjectSource("d9", "Fiche projet", "data/documents/002.txt")));
		YearReport year = new YearReport(2019, List.of(), null, List.of(), List.of(), List.of(), List.of(), EMPTY,
				EMPTY, List.of(), List.of(),
				List.of(new SourceLine("d9", "Fiche projet", "data/documents/002.txt", 1, "project_sheet", 2019)),
				List.of(project));
		assertThat(year.hasData()).isTrue();
		ReportContent content = new ReportComposer(year, figures()).compose();
		assertThat(content.notice()).hasSize(2);
		assertThat(content.notice().get(0)).startsWith("Année peu documentée").contains("2019");
		assertThat(content.notice().get(1)).contains("1 projet", "Clermont Auvergne Métropole",
				"2 thèmes : Budget participatif, Concertation", "1 document daté de 2019");
		Section projects = section(content, "projets");
		assertThat(projects.title()).isEqualTo("Projets de l'année");
		assertThat(projects.blocks()).filteredOn(Bullets.class::isInstance)
			.singleElement()
			.satisfies(
					(b) -> assertThat(((Bullets) b).items()).contains("Réalisé par : Cabinet Exemple, avec Partenaire",
							"Thèmes : Budget participatif, Concertation", "Livrables : Guide méthodologique"));
		assertThat(text(section(content, "themes")))
			.contains("les projets de l'année portent sur : Budget participatif");
		assertThat(text(section(content, "reseau"))).contains("n'est pas documenté").doesNotContain("0 métropole");
		String html = new String(HtmlReportWriter.write(content), StandardCharsets.UTF_8);
		assertThat(html.indexOf("Année peu documentée")).isPositive().isLessThan(html.indexOf("Sommaire"));
	}

	@Test
	void aDocumentedYearHasNoNoticeAndCountedMeetingsAreOneRowWithTheirPassage() {
		MeetingLine counted = new MeetingLine("agents-2024-remote-1", "Réunion du groupe (distanciel) 2024",
				"group_meeting", 2024, null, null, "REMOTE", null, null, "agents", null, List.of(), List.of(), 0, 0,
				List.of("d1"), true, 3, "3 en distanciel", "98-100");
		ConflictLine variant = new ConflictLine("c1", "name_variant", "christelle-scuotto-calvez",
				"Christelle Scuotto-Calvez", "Deux graphies", "Fusionnées", "…", "15", "d1", "Résumé", "a.txt");
		YearReport year = new YearReport(2024, List.of(), null, List.of(counted), List.of(), List.of(), List.of(),
				EMPTY, EMPTY, List.of(), List.of(variant),
				List.of(new SourceLine("d1", "Résumé", "a.txt", 1, "annual_summary", 2024)), List.of());
		ReportContent content = new ReportComposer(year, figures()).compose();
		assertThat(content.notice()).isEmpty();
		assertThat(content.sections()).extracting(Section::id).doesNotContain("projets");
		Table meetings = (Table) section(content, "reunions").blocks()
			.stream()
			.filter(Table.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(meetings.rows()).singleElement()
			.satisfies((row) -> assertThat(row).contains("non datées",
					"3 réunions connues par un décompte : « 3 en distanciel » (l. 98-100)"));
		assertThat(text(section(content, "qualite"))).contains("Christelle Scuotto-Calvez")
			.doesNotContain("christelle-scuotto-calvez");
	}

	@Test
	void aMeetingDatedToTheMonthOnlyShowsItsMonthAndAMeetingOfTwoDaysBothDays() {
		MeetingLine june = new MeetingLine("m1", "Rencontres nationales", "meeting", 2023, "2023-06-01", "2023-06-30",
				"IN_PERSON", "Rennes", null, null, null, List.of(), List.of(), 0, 0, List.of("d1"), false, 1, "", "");
		MeetingLine two = new MeetingLine("m2", "Rencontres annuelles", "meeting", 2023, "2023-10-07", "2023-10-08",
				"IN_PERSON", "Clermont-Ferrand", null, null, null, List.of(), List.of(), 0, 0, List.of("d1"), false, 1,
				"", "");
		YearReport year = new YearReport(2023, List.of(), null, List.of(june, two), List.of(), List.of(), List.of(),
				EMPTY, EMPTY, List.of(), List.of(),
				List.of(new SourceLine("d1", "Rapport", "a.txt", 1, "annual_summary", 2023)), List.of());
		Table meetings = (Table) section(new ReportComposer(year, figures()).compose(), "reunions").blocks()
			.stream()
			.filter(Table.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(meetings.rows()).extracting((row) -> row.get(0))
			.containsExactly("juin 2023", "07/10/2023 – 08/10/2023");
	}

	private static Section section(ReportContent content, String id) {
		return content.sections().stream().filter((s) -> s.id().equals(id)).findFirst().orElseThrow();
	}

	private static String text(Section section) {
		return section.blocks().toString();
	}

	private static Map<String, Figure> figures() {
		var drawing = new TrendRecords(2000, 3, 1);
		NetworkView network = TrendRecords.network(5, 2, 5);
		return Map.of(ReportComposer.NETWORK,
				new Figure("Réseau", fr.metrograph.charts.TestDrawings.network(network), 900, 620),
				ReportComposer.MEMBERSHIP,
				new Figure("Membres", fr.metrograph.charts.TestDrawings.membership(drawing.membership()), 900, 480),
				ReportComposer.MEETINGS,
				new Figure("Réunions", fr.metrograph.charts.TestDrawings.meetings(drawing.meetings()), 900, 480));
	}

}
