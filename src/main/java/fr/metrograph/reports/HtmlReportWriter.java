package fr.metrograph.reports;

import java.nio.charset.StandardCharsets;

import fr.metrograph.charts.ChartEncoder;
import fr.metrograph.reports.ReportContent.Block;
import fr.metrograph.reports.ReportContent.Bullets;
import fr.metrograph.reports.ReportContent.Figure;
import fr.metrograph.reports.ReportContent.Paragraph;
import fr.metrograph.reports.ReportContent.Section;
import fr.metrograph.reports.ReportContent.Subheading;
import fr.metrograph.reports.ReportContent.Table;

/**
 * Writes a report as one self-contained HTML page: a table of contents with links, the
 * sections, and the charts inlined as SVG (vectors, no external file).
 */
final class HtmlReportWriter {

	private static final String STYLE = """
			body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;\
			padding:0 1rem;color:#222;line-height:1.45}
			h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #0072B2;padding-bottom:.2rem;\
			margin-top:2.2rem}h3{color:#0072B2;margin-bottom:.3rem}
			.subtitle{color:#555;margin-top:0}nav ol{columns:2}
			.notice{padding:.5rem .8rem;border-left:4px solid #D55E00;background:#FDF1E8;font-weight:600;color:#9A3A00}
			table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
			th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
			th{background:#E8F1F8}tr:nth-child(even) td{background:#FAFAFA}
			figure{margin:1rem 0}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9rem}
			@media print{nav{page-break-after:always}h2{page-break-after:avoid}}
			""";

	private HtmlReportWriter() {
	}

	static byte[] write(ReportContent content) {
		StringBuilder html = new StringBuilder(64 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
			.append(escape(content.title()))
			.append("</title>\n<style>")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<header><h1>")
			.append(escape(content.title()))
			.append("</h1><p class=\"subtitle\">")
			.append(escape(content.subtitle()))
			.append("</p>");
		for (String paragraph : content.notice()) {
			html.append("<p class=\"notice\" role=\"note\">").append(escape(paragraph)).append("</p>");
		}
		html.append("</header>\n<nav aria-label=\"Sommaire\"><h2>Sommaire</h2><ol>\n");
		for (Section section : content.sections()) {
			html.append("<li><a href=\"#")
				.append(section.id())
				.append("\">")
				.append(escape(section.title()))
				.append("</a></li>\n");
		}
		html.append("</ol></nav>\n");
		int figure = 1;
		for (Section section : content.sections()) {
			html.append("<section id=\"")
				.append(section.id())
				.append("\">\n<h2>")
				.append(escape(section.title()))
				.append("</h2>\n");
			for (Block block : section.blocks()) {
				if (block instanceof Figure f) {
					html.append("<figure>")
						.append(ChartEncoder.svgElement(f.drawing(), f.width(), f.height()))
						.append("<figcaption>Figure ")
						.append(figure++)
						.append(" — ")
						.append(escape(f.caption()))
						.append("</figcaption></figure>\n");
				}
				else {
					block(html, block);
				}
			}
			html.append("</section>\n");
		}
		html.append("</body>\n</html>\n");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void block(StringBuilder html, Block block) {
		switch (block) {
			case Subheading s -> html.append("<h3>").append(escape(s.text())).append("</h3>\n");
			case Paragraph p -> html.append("<p>").append(escape(p.text())).append("</p>\n");
			case Bullets b -> {
				html.append("<ul>\n");
				b.items().forEach((item) -> html.append("<li>").append(escape(item)).append("</li>\n"));
				html.append("</ul>\n");
			}
			case Table t -> {
				html.append("<table>\n<thead><tr>");
				t.headers().forEach((h) -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
				html.append("</tr></thead>\n<tbody>\n");
				for (var row : t.rows()) {
					html.append("<tr>");
					row.forEach((cell) -> html.append("<td>").append(escape(cell)).append("</td>"));
					html.append("</tr>\n");
				}
				html.append("</tbody>\n</table>\n");
			}
			case Figure f -> throw new IllegalStateException("figures are written by the caller");
		}
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
