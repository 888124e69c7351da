package fr.metrograph.ingest.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTests {

	@TempDir
	Path dir;

	private final DocumentReader reader = new DocumentReader(1024 * 1024);

	@Test
	void readsUtf8TextAndNormalisesLineEnds() throws IOException {
		Path file = write("a.txt", "Élu·es de Nantes Métropole\r\nligne 2".getBytes(StandardCharsets.UTF_8));
		SourceText text = this.reader.read(file);
		assertThat(text.text()).isEqualTo("Élu·es de Nantes Métropole\nligne 2");
		assertThat(text.warnings()).isEmpty();
		assertThat(text.format()).isEqualTo("txt");
		assertThat(text.fileHash()).hasSize(64);
	}

	@Test
	void decodesLatin1WithAWarning() throws IOException {
		Path file = write("latin.txt", "Réunion à Grenoble, élu·es présent·es".getBytes(Charset.forName("ISO-8859-1")));
		SourceText text = this.reader.read(file);
		assertThat(text.text()).startsWith("Réunion à Grenoble");
		assertThat(text.warnings()).singleElement().asString().contains("Latin-1");
	}

	@Test
	void rejectsEmptyFiles() throws IOException {
		assertRejected(write("empty.txt", new byte[0]), "empty");
		assertRejected(write("blank.md", "  \n\n ".getBytes(StandardCharsets.UTF_8)), "empty");
	}

	@Test
	void rejectsBinaryJunk() throws IOException {
		byte[] junk = new byte[2048];
		new java.util.Random(42).nextBytes(junk);
		assertRejected(write("junk.txt", junk), "binary");
	}

	@Test
	void rejectsFilesOverTheSizeLimit() throws IOException {
		DocumentReader small = new DocumentReader(10);
		Path file = write("big.txt", "plus de dix octets".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> small.read(file)).isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining("limite")
			.extracting((ex) -> ((DocumentRejectedException) ex).reason())
			.isEqualTo("too_large");
	}

	@Test
	void rejectsUnsupportedFormats() throws IOException {
		assertRejected(write("notes.docx", "x".getBytes(StandardCharsets.UTF_8)), "unsupported");
	}

	@Test
	void readsTheVisibleTextOfAWebPageSavedAsHtml() throws IOException {
		String page = "<html><head><meta charset=\"windows-1252\"><title>Agenda</title></head><body>"
				+ "<nav>Accueil</nav><h1>Atelier à Grenoble</h1><p>Le 3 avril 2025, à la Métropole.</p></body></html>";
		SourceText text = this.reader.read(write("page.html", page.getBytes(Charset.forName("windows-1252"))));
		assertThat(text.text()).isEqualTo("# Atelier à Grenoble\n\nLe 3 avril 2025, à la Métropole.");
		assertThat(text.format()).isEqualTo("html");
		assertRejected(
				write("vide.htm", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)),
				"empty");
	}

	@Test
	void readsTheTextOfAPdf() throws IOException {
		Path file = this.dir.resolve("doc.pdf");
		pdf("Rencontre des elus a Rennes").save(file.toFile());
		assertThat(this.reader.read(file).text()).contains("Rencontre des elus a Rennes");
	}

	@Test
	void rejectsATruncatedPdf() throws IOException {
		Path whole = this.dir.resolve("whole.pdf");
		pdf("Texte").save(whole.toFile());
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = write("truncated.pdf", java.util.Arrays.copyOf(bytes, bytes.length / 3));
		assertRejected(truncated, "truncated_pdf");
		assertThatThrownBy(() -> this.reader.read(truncated)).hasMessageStartingWith("Le PDF est tronqué");
		assertRejected(write("fake.pdf", "pas un pdf".getBytes(StandardCharsets.UTF_8)), "broken_pdf");
	}

	@Test
	void rejectsTheFirstHalfOfARealPdf() throws IOException {
		byte[] real = Files.readAllBytes(Path.of("src/test/resources/corpus/programme_pdf_2025.pdf"));
		assertThat(this.reader.read(write("whole.pdf", real)).text()).contains("2025");
		assertRejected(write("half.pdf", java.util.Arrays.copyOf(real, real.length / 2)), "truncated_pdf");
	}

	@Test
	void rejectsAPdfWhoseTextIsLetterSoupAndReadsOneInFrench() throws IOException {
		// What a PDF without a Unicode map for its fonts gives: "Rencontres" as " 5 H Q F
		// R Q W U H V".
		StringBuilder soup = new StringBuilder();
		for (String word : "Rencontres des elus des metropoles participatives a Rennes en mars".split(" ")) {
			for (char c : word.toCharArray()) {
				soup.append(' ').append((char) (c - 29));
			}
			soup.append("   ");
		}
		Path garbled = this.dir.resolve("garbled.pdf");
		pdfLines(soup.toString(), 6).save(garbled.toFile());
		assertThatThrownBy(() -> this.reader.read(garbled)).isInstanceOf(DocumentRejectedException.class)
			.hasMessageContaining("n'est pas de la langue")
			.extracting((ex) -> ((DocumentRejectedException) ex).reason())
			.isEqualTo("not_language");
		Path french = this.dir.resolve("french.pdf");
		pdfLines("La rencontre des elus de la metropole a eu lieu a Rennes, avec les agents et le public.", 6)
			.save(french.toFile());
		assertThat(this.reader.read(french).text()).contains("La rencontre des elus");
	}

	@Test
	void decodesUtf8WithAFewInvalidBytesAsUtf8AndSaysOnWhichLines() throws IOException {
		byte[] good = ("Métropole de Nantes\nÉlu·es présent·es à la rencontre\nligne 3 : x\nRéunion à Rennes\n")
			.getBytes(StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		for (byte b : good) {
			bytes.write(b);
			if (b == 'x') {
				bytes.write(0xFF);
				bytes.write(0xFE);
			}
		}
		bytes.write("fin \u00e9".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xC3);
		SourceText text = this.reader.read(write("mostly-utf8.txt", bytes.toByteArray()));
		assertThat(text.text()).startsWith("Métropole de Nantes\nÉlu·es présent·es").contains("Réunion à Rennes");
		assertThat(text.text()).doesNotContain("Ã©");
		assertThat(text.text()).contains("x\uFFFD\uFFFD").endsWith("fin é\uFFFD");
		assertThat(text.warnings()).singleElement()
			.asString()
			.contains("3 séquences d'octets invalides", "lignes 3, 5")
			.doesNotContain("Latin-1");
	}

	@Test
	void rejectsAPasswordProtectedPdf() throws IOException {
		Path file = this.dir.resolve("secret.pdf");
		try (PDDocument doc = pdf("Confidentiel")) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			doc.protect(policy);
			doc.save(file.toFile());
		}
		assertRejected(file, "encrypted_pdf");
	}

	@Test
	void twoColumnsAreReadOneAfterTheOtherAndAScrambledDrawingOrderByPosition() throws IOException {
		Path columns = this.dir.resolve("colonnes.pdf");
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				String[][] text = {
						{ "Les habitants de La Seyne", "ont participé au premier", "atelier du Plan climat." },
						{ "AGENDA", "Mer. 6 nov. 18h", "Réunion publique à Hyères" } };
				for (int column = 0; column < 2; column++) {
					content.beginText();
					content.newLineAtOffset(72 + column * 250, 720);
					for (String line : text[column]) {
						content.showText(line);
						content.newLineAtOffset(0, -14);
					}
					content.endText();
				}
			}
			doc.save(columns.toFile());
		}
		assertThat(this.reader.read(columns).text().replaceAll("\\s+", " "))
			.contains("Les habitants de La Seyne ont participé au premier atelier du Plan climat.")
			.contains("AGENDA Mer. 6 nov. 18h Réunion publique à Hyères");
		Path scrambled = this.dir.resolve("desordre.pdf");
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				// lines drawn from the bottom of the page up
				for (int i = 0; i < 40; i++) {
					content.beginText();
					content.newLineAtOffset(72, 100 + i * 15);
					content.showText("Ligne " + (40 - i) + " du compte rendu de la réunion des élus");
					content.endText();
				}
			}
			doc.save(scrambled.toFile());
		}
		assertThat(this.reader.read(scrambled).text().replaceAll("\\s+", " "))
			.startsWith("Ligne 1 du compte rendu de la réunion des élus Ligne 2 ");
	}

	private static PDDocument pdf(String line) throws IOException {
		PDDocument doc = new PDDocument();
		PDPage page = new PDPage();
		doc.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
			content.beginText();
			content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
			content.newLineAtOffset(72, 720);
			content.showText(line);
			content.endText();
		}
		return doc;
	}

	private static PDDocument pdfLines(String line, int copies) throws IOException {
		PDDocument doc = new PDDocument();
		PDPage page = new PDPage();
		doc.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
			content.beginText();
			content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
			content.newLineAtOffset(20, 720);
			for (int i = 0; i < copies; i++) {
				content.showText(line);
				content.newLineAtOffset(0, -14);
			}
			content.endText();
		}
		return doc;
	}

	@Test
	void aCompoundWordWrappedAtItsHyphenIsOneWordAgain() {
		assertThat(PdfText.joinWrappedCompounds("la vice-présidente Joëlle Nkemdirim-\nBarthe, vice-\nprésidente\n"
				+ "Aix-Marseille-\nProvence\nBordeaux -\nMérignac\n12-\n14\n"))
			.isEqualTo("la vice-présidente Joëlle Nkemdirim-Barthe, vice-présidente\nAix-Marseille-Provence\n"
					+ "Bordeaux -\nMérignac\n12-\n14\n");
	}

	private void assertRejected(Path file, String reason) {
		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(DocumentRejectedException.class)
			.extracting((ex) -> ((DocumentRejectedException) ex).reason())
			.isEqualTo(reason);
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = this.dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

}
