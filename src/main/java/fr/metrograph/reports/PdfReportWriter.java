package fr.metrograph.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import fr.metrograph.reports.ReportContent.Block;
import fr.metrograph.reports.ReportContent.Bullets;
import fr.metrograph.reports.ReportContent.Figure;
import fr.metrograph.reports.ReportContent.Paragraph;
import fr.metrograph.reports.ReportContent.Section;
import fr.metrograph.reports.ReportContent.Subheading;
import fr.metrograph.reports.ReportContent.Table;

/**
 * Writes a report as an A4 PDF: a first page with the title and a table of contents (with
 * page numbers and links, written last), the sections flowing over the next pages, the
 * charts drawn as vectors through a Graphics2D over PDFBox, bookmarks, and "Page n sur N"
 * at the foot of every page. The text font is embedded (Liberation Sans, shipped inside
 * PDFBox; its bold from the system when installed), so accents show in any reader.
 * <p>
 * Over 300 lines: page layout state (cursor, page, font metrics, the contents page
 * written last with its links) is carried through every section; the pure wording lives
 * in {@link ReportComposer}, the charts in {@code charts/}.
 */
final class PdfReportWriter {

	private static final float MARGIN = 56;

	private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

	private static final float BOTTOM = MARGIN + 12;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final Color BLUE = new Color(0x0072B2);

	private static final Color TEXT = new Color(0x222222);

	/**
	 * The first page's notice on a thinly documented year (Okabe–Ito vermillion,
	 * darkened).
	 */
	private static final Color NOTICE = new Color(0x9A3A00);

	private static final String REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final List<Path> BOLD = List.of(
			Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
			Path.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
			Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

	private final PDDocument document;

	private final PDFont regular;

	private final PDFont bold;

	private final PdfText text;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream stream;

	private float y;

	private PdfReportWriter(PDDocument document) throws IOException {
		this.document = document;
		try (InputStream in = PdfReportWriter.class.getResourceAsStream(REGULAR)) {
			this.regular = PDType0Font.load(document, in, true);
		}
		PDFont boldFont = this.regular;
		for (Path path : BOLD) {
			if (Files.isReadable(path)) {
				boldFont = PDType0Font.load(document, path.toFile());
				break;
			}
		}
		this.bold = boldFont;
		this.text = new PdfText();
	}

	static byte[] write(ReportContent content) {
		try (PDDocument document = new PDDocument()) {
			PdfReportWriter writer = new PdfReportWriter(document);
			writer.writeAll(content);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeAll(ReportContent content) throws IOException {
		PDDocumentInformation info = this.document.getDocumentInformation();
		info.setTitle(content.title());
		info.setSubject(content.subtitle());
		info.setCreator("Metrograph");
		PDPage cover = new PDPage(PDRectangle.A4);
		this.document.addPage(cover);
		this.pages.add(cover);
		PDDocumentOutline outline = new PDDocumentOutline();
		this.document.getDocumentCatalog().setDocumentOutline(outline);
		List<TocEntry> toc = new ArrayList<>();
		newPage();
		int figureNumber = 1;
		for (Section section : content.sections()) {
			need(90);
			PDPageXYZDestination destination = new PDPageXYZDestination();
			destination.setPage(current());
			destination.setTop((int) this.y + 20);
			toc.add(new TocEntry(section.title(), this.pages.size(), destination));
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(section.title());
			item.setDestination(destination);
			outline.addLast(item);
			heading(section.title());
			for (Block block : section.blocks()) {
				if (block instanceof Figure f) {
					figure(f, figureNumber++);
				}
				else {
					block(block);
				}
			}
			this.y -= 10;
		}
		this.stream.close();
		writeCover(cover, content, toc);
		writeFooters(content.title());
	}

	private void block(Block block) throws IOException {
		switch (block) {
			case Subheading s -> {
				need(40);
				this.y -= 6;
				lines(this.text.wrap(this.bold, 11.5f, s.text(), WIDTH), this.bold, 11.5f, MARGIN, BLUE, 15);
				this.y -= 2;
			}
			case Paragraph p -> {
				lines(this.text.wrap(this.regular, 10, p.text(), WIDTH), this.regular, 10, MARGIN, TEXT, 14);
				this.y -= 5;
			}
			case Bullets b -> {
				for (String item : b.items()) {
					List<String> wrapped = this.text.wrap(this.regular, 10, item, WIDTH - 14);
					need(14);
					show("•", this.regular, 10, MARGIN + 2, this.y - 10, TEXT);
					lines(wrapped, this.regular, 10, MARGIN + 14, TEXT, 14);
				}
				this.y -= 5;
			}
			case Table t -> table(t);
			case Figure f -> throw new IllegalStateException("figures are numbered by the caller");
		}
	}

	private void heading(String title) throws IOException {
		this.y -= 8;
		lines(this.text.wrap(this.bold, 15, title, WIDTH), this.bold, 15, MARGIN, BLUE, 19);
		this.stream.setStrokingColor(BLUE);
		this.stream.setLineWidth(1.2f);
		this.stream.moveTo(MARGIN, this.y - 2);
		this.stream.lineTo(MARGIN + WIDTH, this.y - 2);
		this.stream.stroke();
		this.y -= 12;
	}

	private void table(Table table) throws IOException {
		float size = 8.5f;
		float leading = 11;
		float pad = 3;
		double total = table.widths().stream().mapToDouble(Double::doubleValue).sum();
		float[] widths = new float[table.headers().size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = (float) (WIDTH * table.widths().get(i) / total);
		}
		row(table.headers(), widths, this.bold, size, leading, pad, new Color(0xE8F1F8), true);
		boolean shade = false;
		for (List<String> cells : table.rows()) {
			if (row(cells, widths, this.regular, size, leading, pad, shade ? new Color(0xF7F7F7) : Color.WHITE,
					false)) {
				row(table.headers(), widths, this.bold, size, leading, pad, new Color(0xE8F1F8), true);
				row(cells, widths, this.regular, size, leading, pad, shade ? new Color(0xF7F7F7) : Color.WHITE, false);
			}
			shade = !shade;
		}
		this.y -= 8;
	}

	/** Draws a row; returns true (without drawing) when it needed a new page first. */
	private boolean row(List<String> cells, float[] widths, PDFont font, float size, float leading, float pad,
			Color background, boolean header) throws IOException {
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < widths.length; i++) {
			List<String> cell = this.text.wrap(font, size, cells.get(i), widths[i] - 2 * pad);
			wrapped.add(cell);
			lines = Math.max(lines, cell.size());
		}
		float height = lines * leading + 2 * pad;
		if (this.y - height < BOTTOM) {
			newPage();
			if (!header) {
				return true;
			}
		}
		float x = MARGIN;
		for (int i = 0; i < widths.length; i++) {
			this.stream.setNonStrokingColor(background);
			this.stream.addRect(x, this.y - height, widths[i], height);
			this.stream.fill();
			this.stream.setStrokingColor(new Color(0xCCCCCC));
			this.stream.setLineWidth(0.5f);
			this.stream.addRect(x, this.y - height, widths[i], height);
			this.stream.stroke();
			float lineY = this.y - pad - size;
			for (String line : wrapped.get(i)) {
				show(line, font, size, x + pad, lineY, TEXT);
				lineY -= leading;
			}
			x += widths[i];
		}
		this.y -= height;
		return false;
	}

	private void figure(Figure figure, int number) throws IOException {
		float scale = WIDTH / figure.width();
		float height = figure.height() * scale;
		float maxHeight = TOP - BOTTOM - 40;
		if (height > maxHeight) {
			scale = maxHeight / figure.height();
			height = maxHeight;
		}
		need(height + 30);
		PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(this.document, figure.width(), figure.height());
		figure.drawing().draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, figure.width(), figure.height()));
		g2.dispose();
		PDFormXObject form = g2.getXFormObject();
		float x = MARGIN + (WIDTH - figure.width() * scale) / 2;
		this.stream.saveGraphicsState();
		this.stream.transform(new Matrix(scale, 0, 0, scale, x, this.y - height));
		this.stream.drawForm(form);
		this.stream.restoreGraphicsState();
		this.y -= height + 4;
		lines(this.text.wrap(this.regular, 9, "Figure " + number + " — " + figure.caption(), WIDTH), this.regular, 9,
				MARGIN, new Color(0x555555), 12);
		this.y -= 8;
	}

	private void writeCover(PDPage cover, ReportContent content, List<TocEntry> toc) throws IOException {
		try (PDPageContentStream cs = new PDPageContentStream(this.document, cover)) {
			this.stream = cs;
			this.y = TOP - 60;
			lines(this.text.wrap(this.bold, 22, content.title(), WIDTH), this.bold, 22, MARGIN, TEXT, 28);
			this.y -= 6;
			lines(this.text.wrap(this.regular, 12, content.subtitle(), WIDTH), this.regular, 12, MARGIN,
					new Color(0x555555), 16);
			for (String paragraph : content.notice()) {
				this.y -= 10;
				lines(this.text.wrap(this.bold, 11, paragraph, WIDTH), this.bold, 11, MARGIN, NOTICE, 15);
			}
			this.y -= 40;
			lines(List.of("Sommaire"), this.bold, 16, MARGIN, BLUE, 22);
			this.y -= 6;
			int n = 1;
			for (TocEntry entry : toc) {
				String label = n++ + ". " + entry.title();
				String page = Integer.toString(entry.page());
				float lineY = this.y - 12;
				show(this.text.safe(this.regular, label), this.regular, 11.5f, MARGIN, lineY, TEXT);
				float labelEnd = MARGIN + this.text.width(this.regular, 11.5f, label) + 4;
				float pageX = MARGIN + WIDTH - this.text.width(this.regular, 11.5f, page);
				StringBuilder dots = new StringBuilder();
				while (labelEnd + this.text.width(this.regular, 11.5f, dots + ".") < pageX - 4) {
					dots.append('.');
				}
				show(dots.toString(), this.regular, 11.5f, labelEnd, lineY, new Color(0x999999));
				show(page, this.regular, 11.5f, pageX, lineY, TEXT);
				PDAnnotationLink link = new PDAnnotationLink();
				link.setRectangle(new PDRectangle(MARGIN, lineY - 4, WIDTH, 16));
				PDBorderStyleDictionary border = new PDBorderStyleDictionary();
				border.setWidth(0);
				link.setBorderStyle(border);
				PDActionGoTo action = new PDActionGoTo();
				action.setDestination(entry.destination());
				link.setAction(action);
				cover.getAnnotations().add(link);
				this.y -= 22;
			}
		}
	}

	private void writeFooters(String title) throws IOException {
		int total = this.pages.size();
		for (int i = 0; i < total; i++) {
			try (PDPageContentStream cs = new PDPageContentStream(this.document, this.pages.get(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				this.stream = cs;
				String page = "Page " + (i + 1) + " sur " + total;
				float footY = MARGIN - 24;
				show(this.text.safe(this.regular, shorten(title)), this.regular, 8, MARGIN, footY, new Color(0x777777));
				show(page, this.regular, 8, MARGIN + WIDTH - this.text.width(this.regular, 8, page), footY,
						new Color(0x777777));
			}
		}
	}

	private static String shorten(String title) {
		return (title.length() > 90) ? title.substring(0, 89) + "…" : title;
	}

	private void lines(List<String> lines, PDFont font, float size, float x, Color colour, float leading)
			throws IOException {
		for (String line : lines) {
			need(leading);
			show(line, font, size, x, this.y - size, colour);
			this.y -= leading;
		}
	}

	private void show(String line, PDFont font, float size, float x, float baseline, Color colour) throws IOException {
		this.stream.beginText();
		this.stream.setFont(font, size);
		this.stream.setNonStrokingColor(colour);
		this.stream.newLineAtOffset(x, baseline);
		this.stream.showText(this.text.safe(font, line));
		this.stream.endText();
	}

	private void need(float height) throws IOException {
		if (this.y - height < BOTTOM) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (this.stream != null) {
			this.stream.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.pages.add(page);
		this.stream = new PDPageContentStream(this.document, page);
		this.y = TOP;
	}

	private PDPage current() {
		return this.pages.get(this.pages.size() - 1);
	}

	private record TocEntry(String title, int page, PDPageXYZDestination destination) {
	}

}
