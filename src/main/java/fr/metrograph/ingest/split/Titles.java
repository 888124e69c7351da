package fr.metrograph.ingest.split;

import java.util.List;

/**
 * A document's title: its first heading or first meaningful block (bold spans joined, a
 * title broken over two blocks rejoined, a Markdown image left out, a link read as its
 * text), with inclusive spellings written one way ("élu.e.s" → "élu·es").
 */
public final class Titles {

	private Titles() {
	}

	static String of(TextLines doc) {
		List<TextLines.Paragraph> paragraphs = doc.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			TextLines.Paragraph p = paragraphs.get(i);
			StringBuilder sb = new StringBuilder();
			for (String line : p.lines().lines()) {
				sb.append(' ').append(line.strip());
				int bold = sb.toString().split("\\*\\*", -1).length - 1;
				if (bold % 2 == 0) {
					break;
				}
			}
			// a Markdown image ("![Logo](logo.png)") is no title; a link is its text
			String t = sb.toString()
				.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "")
				.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
				.replace("*", "")
				.replaceAll("^[#\\s]+", "")
				.strip();
			if (t.length() < 4 || t.matches("\\d+")) {
				continue;
			}
			// A title broken over two blocks: "Résumé annuel" then "du groupe des …".
			if (i + 1 < paragraphs.size()) {
				List<String> next = paragraphs.get(i + 1).lines().lines();
				String continuation = next.isEmpty() ? "" : next.get(0).strip();
				if (next.size() == 1 && continuation.length() < 80 && !continuation.isEmpty()
						&& Character.isLowerCase(continuation.charAt(0))) {
					t = t + " " + continuation;
				}
			}
			return normalise(t);
		}
		return "";
	}

	/**
	 * Folds whitespace, drops bold markers and writes inclusive spellings one way.
	 * @param t a title as written
	 * @return the title
	 */
	public static String normalise(String t) {
		String s = t.replace("*", "").replaceAll("\\s+", " ").strip();
		s = s.replaceAll("(?iU)\\b([ée]lu|agent|citoyen)[.·\\-]e[.·\\-]s\\b", "$1·es");
		s = s.replaceAll("(?iU)\\b([ée]lu|agent)\\.es\\b", "$1·es");
		return s;
	}

}
