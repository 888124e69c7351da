package fr.metrograph.ingest.find.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.CommuneGazetteer;
import fr.metrograph.reference.ReferenceData;

/**
 * Communes of the listed metropolises written by their bare name
 * ({@link CommuneGazetteer}): "à Bobigny", "habitante de Saint-Mandrier-sur-Mer", "venus
 * de Six-Fours-les-Plages, de La Garde ou du Pradet", a masthead "Bagnolet · Bobigny ·
 * Bondy". Not a commune there: a metropolis's seat (a bare "Lyon" may be the metropolis;
 * {@link BareCities} decides), a name inside a body's name ("Université de Toulon"), a
 * street, station or building named after it ("avenue de Bobigny", "gare de Bondy"), a
 * word after a capitalised one or a name's particle ("Jean Fontaine", "Mme de La Tour": a
 * surname), or a word of a person's name the document names.
 */
final class NamedCommunes {

	/** A street, station or building named after a commune, just before its name. */
	private static final Pattern PLACE_BEFORE = Pattern.compile(
			"(?iU)\\b(?:rue|avenue|av\\.|boulevard|bd|place|quai|route|chemin|all[ée]e|impasse|cours|gare|stade|lyc[ée]e|coll[èe]ge|[ée]cole|universit[ée]|h[ôo]pital|parc|pont|porte|square|esplanade|salle|centre|maison|h[ôo]tel|r[ée]sidence|cit[ée]|port|canal|for[êe]t|bois)\\s+(?:\\p{Ll}+\\s+){0,2}(?:de la |de l['’]|des |de |du |d['’])?$");

	/** A capitalised word right before: "Jean Fontaine" (the name is a surname). */
	private static final Pattern CAPITAL_BEFORE = Pattern.compile("(?U)(\\p{Lu}[\\p{L}'’-]*)\\s$");

	/**
	 * A particle of a person's name: "Mme de La Tour", "Hélène de La Tour", "M. du
	 * Pradet".
	 */
	private static final Pattern PARTICLE_BEFORE = Pattern.compile(
			"(?U)(?:\\b(?:M\\.|Mme|Mlle|Madame|Monsieur|Dr)|(?<=[\\p{Ll},;:)]\\s)(?!Ville\\b|Commune\\b|Mairie\\b|Maire\\b)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)\\s+(?:de|du|d['’])\\s?$");

	/** Capitalised words that may stand before a commune's name. */
	private static final Set<String> FUNCTION_WORDS = Set.of("À", "A", "Et", "Ou", "De", "Du", "Des", "Le", "La", "Les",
			"Sur", "Vers", "Depuis", "Entre", "Pour", "Par", "Dans", "En", "Ville", "Commune", "Mairie", "Maire");

	private NamedCommunes() {
	}

	/**
	 * @param text a paragraph
	 * @param bodies the metropolises and organisations found in it
	 * @param reference the reference data (the gazetteer and the seats)
	 * @param people the names of the people the document names, as written
	 * @return the communes named in it, in text order
	 */
	static List<CommuneGazetteer.Found> in(String text, List<BodyMatch> bodies, ReferenceData reference,
			Set<String> people) {
		List<CommuneGazetteer.Found> out = new ArrayList<>();
		List<CommuneGazetteer.Found> found = reference.communes().find(text);
		Set<String> seats = reference.seats();
		for (CommuneGazetteer.Found f : found) {
			String name = f.commune().name();
			boolean seat = seats.contains(name);
			boolean inBody = bodies.stream().anyMatch((b) -> b.start() < f.end() && f.start() < b.end());
			String before = text.substring(Math.max(0, f.start() - 40), f.start());
			var capital = CAPITAL_BEFORE.matcher(before);
			boolean afterCapital = capital.find() && !FUNCTION_WORDS.contains(capital.group(1))
					|| PARTICLE_BEFORE.matcher(before).find();
			if (!seat && !inBody && !afterCapital && !PLACE_BEFORE.matcher(before).find()
					&& people.stream().noneMatch((v) -> (" " + v + " ").contains(" " + name + " "))) {
				out.add(f);
			}
		}
		return out;
	}

}
