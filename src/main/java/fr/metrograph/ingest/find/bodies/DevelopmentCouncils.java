package fr.metrograph.ingest.find.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;
import fr.metrograph.ingest.find.names.FirstNames;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.ReferenceData;

/**
 * Councils of development named with their territory: "le conseil de développement de
 * Bordeaux Métropole", "Conseil de développement de la Métropole du Grand Nancy",
 * "conseil de développement de la Communauté urbaine de Dunkerque". Each is an
 * organisation of its own ({@code conseil-de-developpement-de-…}, kind {@code COUNCIL});
 * the territory inside its name is not named as a body (the reference resolver already
 * reads it so). "Le conseil de développement" without its territory is none.
 */
public final class DevelopmentCouncils {

	/** The kind of the councils' organisations. */
	public static final String KIND = "COUNCIL";

	private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*";

	private static final Pattern COUNCIL = Pattern
		.compile("(?U)\\b[Cc]onseil\\s+de\\s+d[ée]veloppement\\s+(?:(durable)\\s+)?"
				+ "(de la |de l['’]|des |du |de |d['’])(" + WORD + "(?:(?:\\s+(?:urbaine|européenne|de|du|des|la))*"
				+ "(?:\\s+d['’]|\\s+l['’]|\\s+)" + WORD + ")*)");

	private static final Set<String> GENERIC = Set.of("métropole", "ville", "région", "département", "communauté",
			"agglomération", "territoire", "commune", "eurométropole");

	private DevelopmentCouncils() {
	}

	/**
	 * A council found in a text.
	 *
	 * @param id its node id
	 * @param name its name ("Conseil de développement de …")
	 * @param start start offset of the name
	 * @param end end offset (exclusive)
	 */
	public record Council(String id, String name, int start, int end) {
	}

	/**
	 * @param text any text
	 * @param reference the reference lists: a territory they know ends where its name
	 * ends
	 * @return every council named with its territory, in text order
	 */
	public static List<Council> all(String text, ReferenceData reference) {
		List<Council> out = new ArrayList<>();
		Matcher m = COUNCIL.matcher(text);
		while (m.find()) {
			String territory = territory(m.group(3), reference);
			if (territory == null) {
				continue;
			}
			String prep = m.group(2).replace('’', '\'');
			String kind = (m.group(1) != null) ? "Conseil de développement durable " : "Conseil de développement ";
			String name = (kind + prep + territory).replaceAll("\\s+", " ").strip();
			out.add(new Council(Ids.organization(name), name, m.start(), m.start(3) + territory.length()));
		}
		return out;
	}

	/**
	 * The territory's name: a body of the reference lists at its start, else the
	 * capitalised words up to a first name ("… de Dunkerque Ghislain Poupard"); null for
	 * a word that names no territory ("de la Métropole").
	 */
	private static String territory(String written, ReferenceData reference) {
		List<BodyMatch> bodies = reference.find(written);
		if (!bodies.isEmpty() && bodies.get(0).start() == 0) {
			return written.substring(0, bodies.get(0).end());
		}
		String[] words = written.split("\\s+");
		StringBuilder out = new StringBuilder(words[0]);
		for (int i = 1; i < words.length && !FirstNames.isKnown(words[i]); i++) {
			out.append(' ').append(words[i]);
		}
		String territory = out.toString().replaceAll("(?:\\s+(?:urbaine|européenne|de|du|des|la))+$", "");
		return GENERIC.contains(territory.toLowerCase(Locale.ROOT)) ? null : territory;
	}

}
