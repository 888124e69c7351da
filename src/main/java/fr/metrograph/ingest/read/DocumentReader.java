package fr.metrograph.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads {@code .txt}, {@code .md}, {@code .pdf} and {@code .html} files into text (a web
 * page: the text its reader sees, {@link HtmlText}), and rejects what is not a readable
 * document with a French reason: empty files, files over the size limit, binary junk,
 * encrypted, broken or truncated PDFs, and PDFs whose extracted text is not language (a
 * glyph-encoding failure, {@link LanguageCheck}). Text files are decoded by
 * {@link TextDecoding}: UTF-8 with only its invalid bytes replaced and their lines in a
 * warning, or Windows-1252 when the file is not UTF-8 as a whole.
 */
public class DocumentReader {

	/** File extensions the reader accepts. */
	public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "pdf", "html", "htm", "csv");

	private final long maxBytes;

	private final Path workingDirectory;

	public DocumentReader(long maxBytes) {
		this.maxBytes = maxBytes;
		this.workingDirectory = Path.of("").toAbsolutePath();
	}

	/** Whether a file has an extension this reader handles. */
	public static boolean accepts(Path file) {
		return EXTENSIONS.contains(extension(file));
	}

	/**
	 * Reads one file.
	 * @param file the file
	 * @return its text and hash
	 * @throws DocumentRejectedException when the file is not a readable document
	 */
	public SourceText read(Path file) {
		String format = extension(file);
		if (!EXTENSIONS.contains(format)) {
			throw new DocumentRejectedException("unsupported", "Format non pris en charge (." + format
					+ ") : seuls .txt, .md, .pdf, .html et .csv (feuilles de présence) sont lus.");
		}
		byte[] bytes = readBytes(file);
		List<String> warnings = new ArrayList<>();
		boolean html = "html".equals(canonical(format));
		String text = "pdf".equals(format) ? readPdf(bytes) : decodeText(bytes, warnings);
		text = text.replace("\r\n", "\n").replace('\r', '\n');
		if (html) {
			text = HtmlText.of(text);
		}
		if (text.isBlank()) {
			throw new DocumentRejectedException("empty",
					"pdf".equals(format) ? "Le PDF ne contient aucun texte extractible (document scanné ?)."
							: html ? "La page HTML n'a aucun texte visible." : "Le fichier est vide.");
		}
		return new SourceText(storedPath(file), file.getFileName().toString(), text, sha256(bytes), canonical(format),
				warnings);
	}

	private byte[] readBytes(Path file) {
		try {
			long size = Files.size(file);
			if (size == 0) {
				throw new DocumentRejectedException("empty", "Le fichier est vide.");
			}
			if (size > this.maxBytes) {
				throw new DocumentRejectedException("too_large", String.format(Locale.FRENCH,
						"Le fichier fait %,d octets, au-delà de la limite de %,d octets (app.ingest.max-file-size).",
						size, this.maxBytes));
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new DocumentRejectedException("unreadable", "Fichier illisible : " + ex.getMessage(), ex);
		}
	}

	private static String readPdf(byte[] bytes) {
		if (!startsWith(bytes, "%PDF-")) {
			throw new DocumentRejectedException("broken_pdf",
					"Le fichier porte l'extension .pdf mais n'est pas un PDF.");
		}
		if (!endsWithEof(bytes)) {
			throw new DocumentRejectedException("truncated_pdf",
					"Le PDF est tronqué : il ne se termine pas par la marque de fin %%EOF (coupé pendant une copie "
							+ "ou un téléchargement ?). Rechargez le fichier complet.");
		}
		String text;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
				throw new DocumentRejectedException("encrypted_pdf",
						"Le PDF est chiffré et n'autorise pas l'extraction du texte.");
			}
			text = PdfText.of(pdf);
		}
		catch (InvalidPasswordException ex) {
			throw new DocumentRejectedException("encrypted_pdf", "Le PDF est protégé par un mot de passe.", ex);
		}
		catch (IOException ex) {
			throw new DocumentRejectedException("broken_pdf",
					"Le PDF est endommagé ou tronqué et ne peut pas être lu : " + ex.getMessage(), ex);
		}
		LanguageCheck.Verdict verdict = LanguageCheck.judge(text);
		if (verdict.looksLikeLetterSoup()) {
			throw new DocumentRejectedException("not_language",
					"Le texte extrait du PDF n'est pas de la langue (« " + LanguageCheck.excerpt(text)
							+ " ») : ses polices n'indiquent pas quels caractères elles dessinent. Rien n'a été "
							+ "chargé ; exportez le PDF à nouveau (polices incorporées avec leur table Unicode) "
							+ "ou fournissez le texte.");
		}
		return text;
	}

	/**
	 * Whether the last kilobyte holds {@code %%EOF}: every complete PDF (incremental
	 * updates included) ends with it, a cut one does not.
	 */
	static boolean endsWithEof(byte[] bytes) {
		int from = Math.max(0, bytes.length - 1024);
		String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
		return tail.contains("%%EOF");
	}

	private static String decodeText(byte[] bytes, List<String> warnings) {
		if (looksBinary(bytes)) {
			throw new DocumentRejectedException("binary",
					"Le fichier contient des données binaires, pas du texte (octets nuls ou de contrôle).");
		}
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
		warnings.addAll(decoded.warnings());
		return decoded.text();
	}

	/**
	 * Binary when it has a NUL byte, or when more than 5% of the first 8 KiB are control
	 * characters other than tab, line feed, carriage return and form feed.
	 */
	static boolean looksBinary(byte[] bytes) {
		int sample = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		return sample > 0 && control * 20 > sample;
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < p.length) {
			return false;
		}
		for (int i = 0; i < p.length; i++) {
			if (bytes[i] != p[i]) {
				return false;
			}
		}
		return true;
	}

	private String storedPath(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return (absolute.startsWith(this.workingDirectory) ? this.workingDirectory.relativize(absolute) : absolute)
			.toString()
			.replace('\\', '/');
	}

	/** The format an extension stands for: "md" for ".markdown", "html" for ".htm". */
	private static String canonical(String extension) {
		return switch (extension) {
			case "markdown" -> "md";
			case "htm" -> "html";
			default -> extension;
		};
	}

	static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** SHA-256 of bytes, as lower-case hex. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
