package fr.metrograph.ingest.find.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.graph.Slugs;
import fr.metrograph.reference.BodyMatch;
import fr.metrograph.reference.MetropolisRef;
import fr.metrograph.reference.ReferenceData;

/**
 * What a sentence says of the event it tells, read from its words (its name aside:
 * {@link EventTitles}): its kind, where (city and venue), in which format, who organised
 * and who hosted it, and whether it is announced rather than reported.
 */
final class EventDetails {

	private static final Pattern REMOTE = Pattern.compile(
			"(?iU)\\b(?:visio(?:-?conf[ée]rence)?|distanciel|[àa] distance|en ligne|webinaires?|webinars?|zoom|teams|webex|jitsi|en distanciel)\\b");

	private static final Pattern NOT_FORMAT = Pattern.compile(
			"(?iU)\\b(?:inscri\\S*|formulaire|disponibles?|publi\\S*|replay|consultables?|retrouve[rz]?)[^.]{0,25}en ligne");

	private static final Pattern HYBRID = Pattern.compile("(?iU)\\bhybride\\b");

	private static final Pattern IN_PERSON = Pattern.compile(
			"(?iU)\\b(?:pr[ée]sentiel|dans les locaux|sur place|accueilli(?:e|es|s)? (?:par|dans|[àa]|au)|salle)\\b");

	private static final Pattern PLACE = Pattern.compile(
			"(?U)(?:^|[\\s(,])(?:[àÀ]|[Aa]u|[Aa]ux|[Cc]hez|dans les locaux d[eu']|en présentiel à|sur le site d[eu']|[àÀ] la|[àÀ] l['’])\\s*((?:\\p{Lu}|É)[\\p{L}'’\\-]*(?:\\s+(?:de la |de l['’]|des |du |de |d['’]|la |le |les |sur |en |-)?\\s*\\p{Lu}[\\p{L}'’\\-]*){0,5})");

	private static final Set<String> VENUE_WORDS = Set.of("maison", "hotel", "salle", "quai", "centre", "espace",
			"palais", "halle", "halles", "cite", "auditorium", "amphitheatre", "pavillon", "campus", "universite",
			"institut", "musee", "theatre", "mediatheque", "bibliotheque", "chateau", "domaine", "ferme", "friche",
			"tiers-lieu", "forum", "agora", "parc", "site", "senat", "assemblee", "mairie", "prefecture", "grange",
			"atelier", "ateliers", "jardin", "jardins", "gare", "ecole", "lycee", "college", "abbaye", "couvent",
			"cinema", "salon", "cafe", "tour", "villa", "hangar", "carre", "station", "port", "dock", "docks");

	private static final Pattern TRAILING_CITY = Pattern
		.compile("(?U),\\s*(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*)\\s*\\.?\\s*$");

	private static final Set<String> NOT_PLACES = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
			"juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi",
			"vendredi", "samedi", "dimanche", "l'occasion", "l'issue", "l'initiative", "l'invitation", "l'echelle",
			"l'image", "l'heure", "l'ordre", "l'instar", "cote", "noter", "propos", "terme", "travers", "partir",
			"titre", "savoir", "suivre", "retenir", "venir", "confirmer", "distance", "cette", "ce", "cet", "ces",
			"chacun");

	private static final Pattern ORGANISER = Pattern.compile(
			"(?iU)\\b(?:(?:co-?)?organis[ée]e?s?|propos[ée]e?s?|port[ée]e?s?|pilot[ée]e?s?|coordonn[ée]e?s?|initi[ée]e?s?)\\s+(?:conjointement\\s+)?(?:par|avec)\\s+|\\b[àa] l['’](?:initiative|invitation)\\s+(?:de|d['’]|du|des)\\s*|\\bsous l['’][ée]gide\\s+(?:de|d['’]|du|des)\\s*|\\borganisat(?:eur|rice)s?\\s*:\\s*");

	private static final Pattern HOST = Pattern.compile(
			"(?iU)\\b(?:accueilli(?:e|es|s)?|h[ée]berg[ée]e?s?|re[çc]u(?:e|es|s)?)\\s+(?:par|chez)\\s+|\\bdans les locaux\\s+(?:de|d['’]|du|des)\\s*|\\bchez\\s+|\\bau si[èe]ge\\s+(?:de|d['’]|du|des)\\s*");

	private static final Pattern ANNOUNCED = Pattern.compile(
			"(?iU)\\b(?:se tiendr(?:a|ont)|aur(?:a|ont) lieu|se d[ée]roulera|se d[ée]rouleront|prochaine?s?|[àa] venir|[àa] confirmer|save the date|inscrivez-vous|vous invitent?|accueillera|organisera|sera organis[ée]e?|seront organis[ée]e?s|est pr[ée]vue?|sont pr[ée]vue?s|aura|auront|vous attend|rendez-vous le)\\b");

	private final ReferenceData reference;

	EventDetails(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * @param noun the event noun as written
	 * @return the meeting kind
	 */
	static String kind(String noun) {
		String n = Slugs.fold(noun);
		if (n.startsWith("seminaire")) {
			return "seminar";
		}
		if (n.startsWith("atelier")) {
			return "workshop";
		}
		if (n.startsWith("webinai") || n.startsWith("webinar")) {
			return "webinar";
		}
		if (n.startsWith("conference") || n.startsWith("colloque") || n.startsWith("congres") || n.startsWith("assises")
				|| n.startsWith("sommet")) {
			return "conference";
		}
		if (n.startsWith("table")) {
			return "round_table";
		}
		if (n.startsWith("voyage") || n.startsWith("visite")) {
			return "study_trip";
		}
		if (n.startsWith("universite")) {
			return "summer_school";
		}
		if (n.startsWith("forum")) {
			return "forum";
		}
		if (n.startsWith("controverse") || n.startsWith("debat")) {
			return "debate";
		}
		if (n.startsWith("formation")) {
			return "training";
		}
		if (n.startsWith("journee")) {
			return "study_day";
		}
		return "meeting";
	}

	/**
	 * @param sentence the sentence
	 * @param hasPlace whether it names a place
	 * @return the format
	 */
	static Format format(String sentence, boolean hasPlace) {
		if (HYBRID.matcher(sentence).find()) {
			return Format.HYBRID;
		}
		String s = NOT_FORMAT.matcher(sentence).replaceAll(" ");
		boolean remote = REMOTE.matcher(s).find();
		boolean inPerson = hasPlace || IN_PERSON.matcher(s).find();
		if (remote && inPerson) {
			return Format.HYBRID;
		}
		if (remote) {
			return Format.REMOTE;
		}
		return inPerson ? Format.IN_PERSON : Format.UNKNOWN;
	}

	/** Where: the city written after "à", and the venue. */
	record Where(String city, String venue, BodyRef body) {

		String place() {
			if (this.city != null) {
				return this.city;
			}
			return this.venue;
		}

	}

	/**
	 * @param sentence the sentence
	 * @param person whether an offset of the sentence lies in a person's name
	 * @return where the event takes place (all parts null when the sentence does not say)
	 */
	Where where(String sentence, IntPredicate person) {
		String city = null;
		String venue = null;
		BodyRef body = null;
		Matcher m = PLACE.matcher(sentence);
		while (m.find()) {
			String phrase = m.group(1).strip();
			if (person.test(m.start(1)) || NOT_PLACES.contains(Slugs.fold(phrase.split("\\s+")[0]))) {
				continue;
			}
			List<BodyMatch> bodies = this.reference.find(phrase);
			if (!bodies.isEmpty() && bodies.get(0).start() == 0) {
				BodyMatch b = bodies.get(0);
				if (b.metropolis()) {
					MetropolisRef ref = this.reference.metropolis(b.id()).orElseThrow();
					if (b.bareCity() || b.end() < phrase.length() && city == null) {
						city = (ref.seat() != null && !ref.seat().isBlank()) ? ref.seat() : b.asWritten();
					}
					else {
						body = new BodyRef(b.id(), BodyKind.METROPOLIS, ref.name());
					}
				}
				continue;
			}
			String first = Lexicon.bare(phrase.split("\\s+")[0]);
			if (VENUE_WORDS.contains(first)) {
				if (venue == null) {
					venue = phrase;
					// "Palais des Congrès de Lille": the venue names its city
					for (BodyMatch b : bodies) {
						if (city == null && b.metropolis() && b.bareCity() && b.end() == phrase.length()) {
							city = b.asWritten();
						}
					}
				}
			}
			else if (!phrase.contains(" ") || phrase.matches("(?U)\\p{Lu}[\\p{L}'’]*(?:-[\\p{L}'’]+)+")) {
				city = phrase;
			}
		}
		if (city == null && venue == null) {
			// an agenda line: "12 janvier 2023 — Atelier « Budget participatif », Rennes"
			Matcher t = TRAILING_CITY.matcher(sentence);
			if (sentence.length() <= 140 && t.find() && !person.test(t.start(1))
					&& !NOT_PLACES.contains(Slugs.fold(t.group(1)))) {
				city = t.group(1);
			}
		}
		if (city == null && body != null) {
			MetropolisRef ref = this.reference.metropolis(body.id()).orElseThrow();
			if (ref.seat() != null && !ref.seat().isBlank() && venue == null) {
				city = ref.seat();
			}
		}
		return new Where(city, venue, body);
	}

	/**
	 * @param sentence the sentence
	 * @return the bodies it says organised the event ("organisé par", "à l'initiative
	 * de", "proposé par", "sous l'égide de")
	 */
	List<BodyRef> organisers(String sentence) {
		return bodiesAfter(ORGANISER, sentence);
	}

	/**
	 * @param sentence the sentence
	 * @return the body it says hosted the event ("accueilli par", "dans les locaux de"),
	 * or null
	 */
	BodyRef host(String sentence) {
		List<BodyRef> hosts = bodiesAfter(HOST, sentence);
		return hosts.isEmpty() ? null : hosts.get(0);
	}

	/**
	 * @param sentence the sentence
	 * @return whether it announces the event for later
	 */
	static boolean announced(String sentence) {
		return ANNOUNCED.matcher(sentence).find();
	}

	/** The bodies named right after a marker, and those joined to them by "et" or ",". */
	private List<BodyRef> bodiesAfter(Pattern marker, String sentence) {
		List<BodyRef> out = new ArrayList<>();
		Matcher m = marker.matcher(sentence);
		while (m.find()) {
			String rest = sentence.substring(m.end());
			int cursor = 0;
			for (BodyMatch b : this.reference.find(rest)) {
				String gap = rest.substring(cursor, b.start());
				if (!gap.matches("(?iU)\\s*(?:,|et|ainsi que|avec)?\\s*(?:la |le |les |l['’])?\\s*")) {
					break;
				}
				if (b.bareCity() && !b.isBody()) {
					break;
				}
				BodyRef ref = ref(b);
				if (!out.contains(ref)) {
					out.add(ref);
				}
				cursor = b.end();
			}
		}
		return out;
	}

	private BodyRef ref(BodyMatch b) {
		if (b.metropolis()) {
			return new BodyRef(b.id(), BodyKind.METROPOLIS,
					this.reference.metropolis(b.id()).map(MetropolisRef::name).orElse(b.asWritten()));
		}
		return new BodyRef(b.id(), BodyKind.ORGANIZATION,
				this.reference.organization(b.id()).map((o) -> o.name()).orElse(b.asWritten()));
	}

}
