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
		assertRejected(truncated, "broken_pdf");
		assertRejected(write("fake.pdf", "pas un pdf".getBytes(StandardCharsets.UTF_8)), "broken_pdf");
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
