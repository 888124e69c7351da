package fr.metrograph.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text measuring for the PDF writer: widths, word wrapping (breaking words longer than a
 * line), and replacing the characters a font cannot show (control characters, glyphs it
 * lacks) so that writing never fails on unusual input.
 */
final class PdfText {

	private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();

	/** The text with the characters the font cannot show replaced. */
	String safe(PDFont font, String text) {
		if (text == null) {
			return "";
		}
		Map<Integer, Boolean> known = this.glyphs.computeIfAbsent(font, (f) -> new HashMap<>());
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
				out.append(' ');
				return;
			}
			boolean ok = known.computeIfAbsent(cp, (c) -> {
				try {
					font.encode(new String(Character.toChars(c)));
					return true;
				}
				catch (IllegalArgumentException | IOException ex) {
					return false;
				}
			});
			out.appendCodePoint(ok ? cp : '?');
		});
		return out.toString();
	}

	/** Width in points. */
	float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(safe(font, text)) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines of at most {@code maxWidth} points. */
	List<String> wrap(PDFont font, float size, String text, float maxWidth) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : safe(font, text).split(" +")) {
			String candidate = (line.length() == 0) ? word : line + " " + word;
			if (width(font, size, candidate) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (width(font, size, rest) > maxWidth && rest.length() > 1) {
				int cut = rest.length() - 1;
				while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
