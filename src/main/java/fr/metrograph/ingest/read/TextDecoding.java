package fr.metrograph.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decodes the bytes of a text file. A file is UTF-8 as a whole when it has valid
 * multi-byte UTF-8 sequences and no more invalid ones than valid ones (a Latin-1 file has
 * almost no valid sequence: each accented letter is an invalid one): it is then decoded
 * as UTF-8 and only the invalid bytes are replaced (by U+FFFD), with a warning that gives
 * their lines. A file with non-ASCII bytes that are mostly not UTF-8 is a legacy file and
 * is decoded as Windows-1252 (a superset of Latin-1) with a warning. A leading byte order
 * mark is dropped. Cost: one pass over the bytes (two for a legacy file).
 */
final class TextDecoding {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Lines quoted in a warning, at most. */
	private static final int MAX_LINES_QUOTED = 20;

	private TextDecoding() {
	}

	/**
	 * The decoded text and what the reader should be told.
	 *
	 * @param text the text
	 * @param warnings French warnings (invalid bytes and their lines, legacy charset)
	 */
	record Decoded(String text, List<String> warnings) {
	}

	static Decoded decode(byte[] bytes) {
		int offset = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length + 16);
		List<Integer> invalid = new ArrayList<>();
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isUnderflow()) {
				break;
			}
			if (result.isMalformed() || result.isUnmappable()) {
				invalid.add(in.position());
				in.position(in.position() + result.length());
				out.put('\uFFFD');
			}
			else {
				throw new IllegalStateException("UTF-8 decoding stopped: " + result);
			}
		}
		decoder.flush(out);
		out.flip();
		if (invalid.isEmpty()) {
			return new Decoded(out.toString(), List.of());
		}
		int validMultiByte = countValidMultiByte(out);
		if (validMultiByte == 0 || invalid.size() > validMultiByte) {
			return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
					List.of("Le fichier n'est pas en UTF-8 : il a été lu comme du Latin-1 (Windows-1252)."));
		}
		return new Decoded(out.toString(), List.of(invalidBytesWarning(bytes, invalid)));
	}

	/**
	 * Characters beyond ASCII that were decoded (each came from a valid UTF-8 sequence).
	 */
	private static int countValidMultiByte(CharBuffer text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c > 0x7F && c != '\uFFFD' && !Character.isLowSurrogate(c)) {
				count++;
			}
		}
		return count;
	}

	private static String invalidBytesWarning(byte[] bytes, List<Integer> positions) {
		TreeSet<Integer> lines = new TreeSet<>();
		int line = 1;
		int next = 0;
		for (int i = 0; i < bytes.length && next < positions.size(); i++) {
			while (next < positions.size() && positions.get(next) == i) {
				lines.add(line);
				next++;
			}
			if (bytes[i] == '\n') {
				line++;
			}
		}
		String quoted = lines.stream().limit(MAX_LINES_QUOTED).map(String::valueOf).collect(Collectors.joining(", "));
		if (lines.size() > MAX_LINES_QUOTED) {
			quoted += "…";
		}
		int n = positions.size();
		return "Le fichier est en UTF-8 mais contient " + n
				+ ((n > 1) ? " séquences d'octets invalides" : " séquence d'octets invalide") + ", remplacée"
				+ ((n > 1) ? "s" : "") + " par « \uFFFD » : ligne" + ((lines.size() > 1) ? "s " : " ") + quoted + ".";
	}

}
