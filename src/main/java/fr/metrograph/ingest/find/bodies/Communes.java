package fr.metrograph.ingest.find.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Ids;

/**
 * Communes named as such: "maire de X", "Mairie de X", "Ville de X", "commune de X",
 * "conseillère municipale de X", "adjointe au maire de X". The commune is a body of its
 * own ({@code ville-de-…}, kind {@code COMMUNE}), never the metropolis of the same name.
 * French keeps the contraction in the name: "Ville des Sorinières", "Ville du Havre",
 * "Ville de l'Isle".
 */
public final class Communes {

	/** The kind of the commune organisations. */
	public static final String KIND = "COMMUNE";

	private static final Pattern COMMUNE = Pattern.compile(
			"(?U)\\b(?:[Mm]aire|[Mm]airie|[Vv]ille|[Cc]ommune|[Cc]onseill[eè]re? municipale?|[Aa]djointe? au [Mm]aire)\\s+(de la |de l['’]|des |de |d['’]|du )((?:L[ae]s?\\s|L['’])?\\p{Lu}[\\p{L}'’]*(?:-\\s?[\\p{L}'’]+)*(?:(?<=-sur|-sous|-en|-lès|-les|-le|-la)\\s\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*)?)");

	private Communes() {
	}

	/**
	 * A commune found in a text.
	 *
	 * @param id its node id
	 * @param name "Ville de X"
	 * @param start start offset of the whole phrase ("maire de X")
	 * @param end end offset (exclusive)
	 */
	public record Commune(String id, String name, int start, int end) {
	}

	/**
	 * @param text a role, an affiliation or any text
	 * @return the first commune named in it, or null
	 */
	public static Commune in(String text) {
		Matcher m = COMMUNE.matcher(text);
		return m.find() ? commune(m) : null;
	}

	/**
	 * @param text any text
	 * @return every commune named in it, in text order
	 */
	public static List<Commune> all(String text) {
		List<Commune> out = new ArrayList<>();
		Matcher m = COMMUNE.matcher(text);
		while (m.find()) {
			out.add(commune(m));
		}
		return out;
	}

	private static Commune commune(Matcher m) {
		String prep = m.group(1).strip();
		// a name broken at its hyphen over two lines: "Saint-" then "Herblain"
		String place = m.group(2).strip().replaceAll("-\\s+", "-");
		String linked = switch (prep) {
			case "de la" -> "de la ";
			case "des" -> "des ";
			case "du" -> "du ";
			case "de l'", "de l’" -> "de l'";
			case "d'", "d’" -> "d'";
			default -> "de ";
		};
		String name = "Ville " + linked + place;
		return new Commune(Ids.commune(name), name, m.start(), m.end());
	}

	/**
	 * The commune of a city's bare name ("Grenoble" → "Ville de Grenoble", "Orléans" →
	 * "Ville d'Orléans", "Les Lilas" → "Ville des Lilas"), with the id "Ville des Lilas"
	 * written in a text gets.
	 * @param city the city's name as written
	 * @return the commune (offsets 0 and the name's length)
	 */
	public static Commune named(String city) {
		String place = city.strip();
		boolean vowel = !place.isEmpty() && "AEIOUYÉÈÊÂÎÔÛ".indexOf(Character.toUpperCase(place.charAt(0))) >= 0;
		String name;
		if (place.startsWith("Le ")) {
			// "Le Pré-Saint-Gervais" → "Ville du Pré-Saint-Gervais", as French writes it
			name = "Ville du " + place.substring(3);
		}
		else if (place.startsWith("Les ")) {
			name = "Ville des " + place.substring(4);
		}
		else {
			name = "Ville " + (vowel ? "d'" : "de ") + place;
		}
		return new Commune(Ids.commune(name), name, 0, place.length());
	}

}
