package fr.metrograph.ingest.find.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.metrograph.reference.BodyMatch;

/**
 * Decides, in running text, whether a bare city name ("Rennes") is the city or the
 * metropolis. It is the city, unless:
 * <ul>
 * <li>its context makes it the metropolis ({@link BodyMatch.Reading#METROPOLIS}: "la
 * métropole de Nancy", "vice-président de Rennes");</li>
 * <li>it is enumerated with a metropolis named in full, or after "les métropoles"
 * ("l'ouverture à de nouvelles métropoles (Lille, Rouen Normandie)", "aux métropoles non
 * membres (Orléans, Metz, Tours)", "de cinq membres fondateurs en 2016 — Rennes,
 * Nantes…");</li>
 * <li>it is enumerated after the members of bodies ("élus de Lyon, Grenoble, Rennes ou
 * Toulouse");</li>
 * <li>it starts a bullet of a round of news ("- Rennes (N. Kerhervé) : …");</li>
 * <li>it stands alone in brackets after a person or an example, not a venue ("Hugo
 * (Bordeaux)", "(cf. Rennes)"; "la Halle aux Toiles (Rouen)" is the city);</li>
 * <li>members' names are enumerated with no word of place before them ("Brest et Dijon y
 * sont favorables").</li>
 * </ul>
 * A city named as such ("à Lyon", "la Ville de Toulouse", "maire de Bordeaux") always
 * stays the city, and so does a seat that is no alias of its body ("Paris").
 */
final class BareCities {

	/** What joins the items of an enumeration of bodies. */
	private static final Pattern LINK = Pattern
		.compile("(?iU)^\\s*(?:,|;|et|ou|&|/|,\\s*et)\\s*(?:de\\s+|d['’]\\s*|la\\s+|le\\s+)?$");

	private static final Pattern METROPOLISES_BEFORE = Pattern.compile(
			"(?iU)\\b(?:m[ée]tropoles\\s*(?:(?:non[- ])?membres\\s*)?|\\bmembres\\s+fondat(?:eurs|rices)(?:\\s+en\\s+\\d{4})?\\s*[—–:(-]?)(?:\\(|:|de\\s+|comme\\s+)?\\s*$");

	/**
	 * The members of bodies before an enumeration of their bodies: "Élus de Lyon,
	 * Grenoble, Rennes…", "des agents et quelques élus de Rennes, Grenoble, Nantes ou
	 * Strasbourg".
	 */
	private static final Pattern MEMBERS_BEFORE = Pattern.compile(
			"(?iU)\\b(?:[ée]lu|agent|repr[ée]sentant|d[ée]l[ée]gation|coll[èe]gue)[·.\\-]?(?:e|es|s)?\\b[^,.;:()]{0,30}?\\b(?:de|d['’])\\s*$");

	private static final Pattern BRACKET_BEFORE = Pattern.compile("(?iU)\\((?:cf\\.?\\s*)?$");

	/**
	 * A venue before a bracketed city, which is its place: "la Halle aux Toiles (Rouen)".
	 */
	private static final Pattern VENUE_BEFORE = Pattern.compile(
			"(?iU)\\b(?:halle|salle|centre|maison|h[ôo]tel|espace|palais|auditorium|cit[ée]|parc|th[ée][âa]tre|mus[ée]e|campus|m[ée]diath[èe]que|biblioth[èe]que|gare|place|rue|quai|avenue|boulevard|site|tiers-lieu|locaux|si[èe]ge)\\b[^()]*\\(\\s*$");

	/** A word that makes the next name a place: "à Brest et Dijon", "entre Lyon et…". */
	private static final Pattern PLACE_BEFORE = Pattern.compile(
			"(?iU)(?:\\b(?:à|a|au|aux|en|de|des|du|entre|vers|depuis|par|pour|sur|dans|ville|villes|chez|comme)|\\bd['’]|\\bl['’])\\s*$");

	private static final Pattern BULLET_BEFORE = Pattern.compile("(?:^|\\s)[-•*–]\\s+$");

	private static final Pattern NEWS_AFTER = Pattern.compile("\\s*(?:\\([^()]{1,40}\\)\\s*)?:");

	private BareCities() {
	}

	/**
	 * @param text a paragraph's joined text
	 * @param matches the bodies found in it, in text order
	 * @return for each match, whether it denotes the metropolis (full names and bare
	 * names read as the metropolis) rather than the city
	 */
	static boolean[] metropolis(String text, List<BodyMatch> matches) {
		int n = matches.size();
		boolean[] metro = new boolean[n];
		for (int i = 0; i < n; i++) {
			BodyMatch b = matches.get(i);
			metro[i] = b.isBodyInText() || (b.isCityInText() && b.reading() == BodyMatch.Reading.PLAIN
					&& (afterMetropolises(text, b) || tourDeTable(text, b) || bracketed(text, b)));
		}
		// an enumeration of bodies: one metropolis makes its bare names metropolises, and
		// so do their members before it ("élus de Lyon, Grenoble ou Rennes")
		for (List<Integer> run : enumerations(text, matches)) {
			if (run.stream().anyMatch((k) -> metro[k] && matches.get(k).metropolis())
					|| run.size() >= 2 && membersBefore(text, matches.get(run.get(0)))
					|| run.size() >= 2 && subjects(text, matches, run)) {
				for (int k : run) {
					BodyMatch b = matches.get(k);
					if (b.isCityInText() && b.reading() == BodyMatch.Reading.PLAIN) {
						metro[k] = true;
					}
				}
			}
		}
		return metro;
	}

	/**
	 * "- Rennes (N. Kerhervé) : la fabrique citoyenne…", "• Lyon : …": a bullet that
	 * starts with a member's name in a round of news speaks for the member.
	 */
	private static boolean tourDeTable(String text, BodyMatch b) {
		return BULLET_BEFORE.matcher(text.substring(Math.max(0, b.start() - 4), b.start())).find()
				&& NEWS_AFTER.matcher(text.substring(b.end())).lookingAt();
	}

	/**
	 * "Hugo (Bordeaux)", "(cf. Rennes)": a member's name alone in brackets, after a
	 * person or an example, speaks for the member.
	 */
	private static boolean bracketed(String text, BodyMatch b) {
		return b.metropolis() && BRACKET_BEFORE.matcher(text.substring(Math.max(0, b.start() - 6), b.start())).find()
				&& text.substring(b.end()).startsWith(")")
				&& !VENUE_BEFORE.matcher(text.substring(Math.max(0, b.start() - 50), b.start())).find();
	}

	/**
	 * "Brest et Dijon y sont favorables", "Toulouse et Montpellier la pratiquent déjà":
	 * members' names enumerated with no word of place before them are the members.
	 */
	private static boolean subjects(String text, List<BodyMatch> matches, List<Integer> run) {
		BodyMatch first = matches.get(run.get(0));
		return run.stream().allMatch((k) -> matches.get(k).metropolis() && matches.get(k).isCityInText())
				&& !PLACE_BEFORE.matcher(text.substring(Math.max(0, first.start() - 12), first.start())).find();
	}

	private static boolean membersBefore(String text, BodyMatch first) {
		return first.metropolis() && first.isCityInText()
				&& MEMBERS_BEFORE.matcher(text.substring(Math.max(0, first.start() - 50), first.start())).find();
	}

	private static boolean afterMetropolises(String text, BodyMatch b) {
		return METROPOLISES_BEFORE.matcher(text.substring(Math.max(0, b.start() - 40), b.start())).find();
	}

	private static List<List<Integer>> enumerations(String text, List<BodyMatch> matches) {
		List<List<Integer>> runs = new ArrayList<>();
		List<Integer> run = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			if (!run.isEmpty()) {
				BodyMatch previous = matches.get(run.get(run.size() - 1));
				String between = text.substring(Math.min(previous.end(), matches.get(i).start()),
						matches.get(i).start());
				if (!LINK.matcher(between).matches()) {
					runs.add(run);
					run = new ArrayList<>();
				}
			}
			if (matches.get(i).reading() != BodyMatch.Reading.PART_OF_NAME) {
				run.add(i);
			}
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}

}
