package fr.metrograph.ingest.find.prose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.MetropolisRef;
import fr.metrograph.reference.ReferenceData;

/**
 * The body a role is held at, read from the role's words:
 * <ul>
 * <li>a city's office ("maire de X", "adjointe au maire de X", "conseiller municipal de
 * X", "première adjointe de la Ville de X") is the city, a commune {@code Ville de X},
 * even when X is also the name of a metropolis;</li>
 * <li>a metropolitan office ("vice-président de X", "conseillère métropolitaine … à X",
 * "président de X") makes a bare city name X the metropolis whose seat it is;</li>
 * <li>otherwise the first body of the reference list the role names, a bare city name
 * only when nothing makes it read as the city ("chargée de mission à Rennes" stays
 * unresolved: the city or the metropolis);</li>
 * <li>nothing: null.</li>
 * </ul>
 */
final class RoleBodies {

	private static final Pattern CITY_OFFICE = Pattern.compile(
			"(?U)\\b(?iu:maire|mairie|ville|commune|conseill[eè]re?s?\\s+municipa(?:l|le|ux|les)|(?:premi[eè]re?\\s+|1(?:er|re|ère)\\s+)?adjointe?s?(?:\\s+au\\s+maire)?)\\s+(de la |de l['’]|des |de |d['’]|du )"
					+ "(\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*(?:(?<=-sur|-sous|-en|-lès|-les|-le|-la)\\s\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)*)?)");

	private static final Pattern METROPOLITAN_OFFICE = Pattern.compile(
			"(?iU)^(?:(?:1(?:er|re|ère)|premi[eè]re?|ancien(?:ne)?)\\s+)?(?:vice[- ]?pr[ée]sident|pr[ée]sident|conseill[eè]re?s?\\s+(?:m[ée]tropolitain|communautaire|territorial)|[ée]lue?s?\\s+(?:m[ée]tropolitain|de|d['’]|à))");

	private static final Pattern INSTITUTION_BEFORE = Pattern.compile(
			"(?iU)\\b(?:universit[ée]|[ée]cole|iut|sciences po|institut|ch[ru]|h[ôo]pital|lyc[ée]e|coll[èe]ge|gare|a[ée]roport|stade|op[ée]ra|th[ée][âa]tre|mus[ée]e|biblioth[èe]que|m[ée]diath[èe]que|port|agence|chambre|tribunal|cour|pr[ée]fecture|acad[ée]mie|campus|grenoble inp)(?:\\s+\\p{L}+){0,3}?\\s+(?:de\\s+|d['’]|du\\s+)?$");

	private final ReferenceData reference;

	RoleBodies(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * @param role a role as written
	 * @return the body it is held at, or null
	 */
	BodyRef of(String role) {
		Matcher city = CITY_OFFICE.matcher(role);
		Optional<BodyMatch> named = this.reference.find(role)
			.stream()
			.filter((b) -> !b.bareCity() || b.isBody())
			.findFirst();
		if (city.find()) {
			// "vice-présidente de Bordeaux Métropole et adjointe au maire de Bordeaux":
			// the
			// first office named decides
			if (named.isEmpty() || named.get().bareCity() || city.start() < named.get().start()) {
				return commune(city.group(1).strip(), city.group(2).strip());
			}
		}
		boolean metropolitan = METROPOLITAN_OFFICE.matcher(role.strip()).find();
		List<BodyMatch> all = this.reference.find(role);
		for (BodyMatch b : all) {
			if (!b.bareCity()) {
				return body(b);
			}
			if (INSTITUTION_BEFORE.matcher(role.substring(0, b.start())).find()) {
				// "Université de Montpellier", "Sciences Po Lille": an institution of the
				// city
				continue;
			}
			if (metropolitan || b.isBody()) {
				return body(b);
			}
		}
		return null;
	}

	private BodyRef body(BodyMatch b) {
		if (b.metropolis()) {
			String name = this.reference.metropolis(b.id()).map(MetropolisRef::name).orElse(b.asWritten());
			return new BodyRef(b.id(), BodyKind.METROPOLIS, name);
		}
		String name = this.reference.organization(b.id()).map((o) -> o.name()).orElse(b.asWritten());
		return new BodyRef(b.id(), BodyKind.ORGANIZATION, name);
	}

	/**
	 * The commune named after a city office, with the French contraction kept ("Ville des
	 * Sorinières", "Ville du Havre", "Ville de l'Isle-d'Abeau").
	 */
	static BodyRef commune(String preposition, String place) {
		String linked = switch (preposition) {
			case "de la" -> "de la ";
			case "des" -> "des ";
			case "du" -> "du ";
			case "de l'", "de l’" -> "de l'";
			case "d'", "d’" -> "d'";
			default -> "de ";
		};
		String name = "Ville " + linked + place;
		return new BodyRef(Slugs.of(name), BodyKind.COMMUNE, name);
	}

}
