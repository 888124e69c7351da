package fr.metrograph.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.metrograph.copresence.CopresenceViews.NetworkView;
import fr.metrograph.reports.ReportContent.Figure;
import fr.metrograph.reports.YearReport.ConflictLine;
import fr.metrograph.reports.YearReport.GroupComposition;
import fr.metrograph.reports.YearReport.MeetingLine;
import fr.metrograph.reports.YearReport.PersonLine;
import fr.metrograph.reports.YearReport.RoleLine;
import fr.metrograph.reports.YearReport.SourceLine;
import fr.metrograph.testsupport.TrendRecords;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The composer and both writers on a hand-made year, large enough to run over several
 * pages (long tables break across pages, the headers repeat), without Spring or Neo4j.
 */
class ReportWritersTests {

	@Test
	void aLongYearGivesAPaginatedPdfWithContentsAndPageNumbers() throws IOException {
		ReportContent content = new ReportComposer(year(), figures()).compose();
		byte[] pdf = PdfReportWriter.write(content);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(4);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Sommaire", "1. Composition des groupes", "8. Sources", "Page 1 sur " + pages,
					"Page " + pages + " sur " + pages, "Départs : Brest.", "Saint-Étienne", "Personne n° 59",
					"« Et pour 2026 ? »");
		}
	}

	@Test
	void theHtmlHasEverySectionAndInlineSvg() {
		ReportContent content = new ReportComposer(year(), figures()).compose();
		String html = new String(HtmlReportWriter.write(content), StandardCharsets.UTF_8);
		for (var section : content.sections()) {
			assertThat(html).contains("<section id=\"" + section.id() + "\">", "href=\"#" + section.id() + "\"");
		}
		assertThat(html).contains("<svg", "Figure 3", "Départs : Brest.", "&lt;script&gt;");
	}

	private static YearReport year() {
		List<MeetingLine> meetings = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			meetings.add(new MeetingLine("m" + i, "Rencontre n° " + i + " <script>",
					(i % 4 == 0) ? "experience_sharing" : "group_meeting", 2025, "2025-03-" + (10 + i % 18), null,
					(i % 2 == 0) ? "REMOTE" : "IN_PERSON", "Saint-Étienne", null, "agents", null, List.of("Thème " + i),
					List.of("Lyon", "Rennes"), 12, 1, List.of("d1"), false, 1, null, null));
		}
		List<PersonLine> people = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			people.add(new PersonLine("p" + i, "Personne n° " + i, 2, List.of("participant", "speaker"),
					List.of(new RoleLine("Vice-présidente en charge de la participation citoyenne", "elected",
							"Métropole Européenne de Lille"))));
		}
		NetworkView network = TrendRecords.network(23, 3, 5);
		return new YearReport(2025,
				List.of(new GroupComposition("agents", 2024, TrendRecords.METROPOLISES.subList(0, 14), List.of(),
						List.of("Brest"), 15)),
				null, meetings, new TrendRecords(2025, 1, 3).themes(), List.of(), List.of(), network, network, people,
				List.of(new ConflictLine("c1", "year", "year", null, "Indices contradictoires « Et pour 2026 ? »",
						"Année 2024 retenue", "…", "73", "d1", "Résumé", "data/documents/a.txt")),
				List.of(new SourceLine("d1", "Résumé annuel", "data/documents/a.txt", 1, "annual_summary", 2025)),
				List.of());
	}

	private static Map<String, Figure> figures() {
		var drawing = new TrendRecords(2000, 26, 1);
		NetworkView network = TrendRecords.network(23, 3, 5);
		return Map.of(ReportComposer.NETWORK,
				new Figure("Réseau", fr.metrograph.charts.TestDrawings.network(network), 900, 620),
				ReportComposer.MEMBERSHIP,
				new Figure("Membres", fr.metrograph.charts.TestDrawings.membership(drawing.membership()), 900, 480),
				ReportComposer.MEETINGS,
				new Figure("Réunions", fr.metrograph.charts.TestDrawings.meetings(drawing.meetings()), 900, 480));
	}

}
