package fr.metrograph.ingest.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects which network group a document is about: the agents' group ({@code agents}) or
 * the elected officials' group ({@code elus}).
 * <p>
 * Mentions of élu·es / agent·es (any inclusive spelling) are counted, title lines
 * counting triple. One group wins when the other is absent or it has at least twice as
 * many mentions; with both groups comparably present (joint "Rencontres"), the answer is
 * null. A document naming only "le groupe des métropoles participatives" is the agents'
 * group, the network's historical group.
 */
public final class Groups {

	/** Id of the agents' group. */
	public static final String AGENTS = "agents";

	/** Id of the elected officials' group. */
	public static final String ELUS = "elus";

	private static final Pattern ELU = Pattern.compile("(?iU)\\b[ée]lu(?:[·.\\-]?e)?[·.\\-]?(?:e?s)?\\b");

	private static final Pattern AGENT = Pattern.compile("(?iU)\\bagent(?:[·.\\-]?e)?[·.\\-]?(?:e?s)?\\b");

	private static final Pattern GROUP = Pattern
		.compile("(?iU)groupe (?:des|du r[ée]seau des) m[ée]tropoles participatives");

	private Groups() {
	}

	/**
	 * @param doc the document
	 * @param titleLines how many first non-blank lines count as title
	 * @return {@link #AGENTS}, {@link #ELUS} or null
	 */
	public static String detect(TextLines doc, int titleLines) {
		int elus = 0;
		int agents = 0;
		int seen = 0;
		for (String line : doc.lines()) {
			if (line.isBlank()) {
				continue;
			}
			int w = (seen < titleLines) ? 3 : 1;
			seen++;
			elus += w * count(ELU, line);
			agents += w * count(AGENT, line);
		}
		if (elus > 0 && agents == 0 || elus >= 2 * agents && elus > 0) {
			return ELUS;
		}
		if (agents > 0 && elus == 0 || agents >= 2 * elus && agents > 0) {
			return AGENTS;
		}
		if (elus == 0 && agents == 0 && GROUP.matcher(doc.text()).find()) {
			return AGENTS;
		}
		return null;
	}

	/**
	 * Display name of a group.
	 * @param id group id
	 * @return its French name
	 */
	public static String name(String id) {
		return ELUS.equals(id) ? "Groupe des élu·es des métropoles participatives"
				: "Groupe des agent·es des métropoles participatives";
	}

	private static int count(Pattern p, String s) {
		Matcher m = p.matcher(s);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
