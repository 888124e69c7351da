package fr.metrograph.ingest.find.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.names.ParsedName.Strength;

/**
 * Recognises person names in a line, a list item or prose.
 * <p>
 * Accepted shapes: optional honorific (M., Mme, Mme., Monsieur, Madame, Mlle, Dr) then
 * "Prénom NOM" (surname in capitals, particles and hyphens allowed: "Yohan LE COCQ",
 * "Astrid BIDEAULT-LE BRET") or "Prénom Nom" ("Yohan Le Coq", with any number of
 * particles: "Marie-Hélène de La Tour", "Ilse Van den Berghe", "Kader Ben Saïd", "Jean
 * d'Ormesson-Petit", and apostrophes: "Priscilla N'Guessan"), a first name in initials
 * ("J.-P. Martin", or one initial before capitals: "S. MARCHETTI"); "NOM Prénom" only
 * when the caller allows it (attendance tables); an honorific with a surname alone ("Mme
 * Troadec") is returned as {@link ParsedName#surnameOnly()}.
 * <p>
 * Strength: {@link Strength#STRONG} with an honorific or a surname in capitals,
 * {@link ParsedName.Strength#MEDIUM} for "Prénom Nom" when the first name is a known
 * first name, {@link ParsedName.Strength#WEAK} otherwise (only acceptable in list or
 * table contexts). Words that are never first names (Direction, Question, Atelier…) and
 * capitals that are bodies' acronyms (ICPC, MEL) are rejected. Places named after people
 * ("salle Jean Monnet", "rue Victor Hugo") are rejected in prose.
 * <p>
 * Over 300 lines on purpose: the shapes of a French name and the words that are never
 * first names are one grammar that every finder reads the same way; split, the rules
 * would drift apart.
 */
public final class NameParser {

	static final String HON = "(?:M\\.|Mme\\.?|Mmes|Mlle\\.?|Monsieur|Madame|Mademoiselle|Dr\\.?|M)";

	static final String FIRST = "(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.-\\p{Lu}\\.)";

	/**
	 * A first name given as one initial ("S."): only before a surname in capitals ("S.
	 * MARCHETTI"), never before a Title-case word ("A. Budgets participatifs").
	 */
	static final String INITIAL = "(?!M\\.)\\p{Lu}\\.";

	static final String UPPER = "(?:\\p{Lu}['’])?\\p{Lu}{2,}(?:(?:-|'|’| )(?:\\p{Lu}['’])?\\p{Lu}{2,})*";

	/**
	 * A lower-case particle before a surname in capitals: "Sophie de LA BOURDONNAYE",
	 * "Arnaud du PLESSIS-GOUIN" (council registers). Read only after an honorific or a
	 * known first name, since "Journée de CLÔTURE" is written the same way.
	 */
	static final String LOWER_PARTICLE = "(?:(?:de|du|des|da|dos|van|von|den|der)\\s+|d['’]\\s?)";

	/**
	 * Particles before a surname, any number of them: "de La Tour", "Van den Berghe",
	 * "Ben Saïd", "d'Ormesson", "Da Silva" (lower-case "le"/"la" are articles, not
	 * particles).
	 */
	static final String PARTICLE = "(?:(?:de|du|des|van|von|den|der|da|di|dos|das|del|della|ter|ten|Le|La|Les|De|Du|Des|Van|Von|Den|Der|Da|Di|Dos|Das|Del|Della|Ben|Bin|Ibn|El|Al|Abd|Ould|Ter|Ten|Mac|Mc)\\s+|(?:d|D)['’]\\s?)";

	static final String TITLE = PARTICLE + "*(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}[\\p{Ll}'’]*(?:-\\p{Lu}\\p{Ll}+)*";

	private static final String END = "(?=$|[\\s,;:()\\-–—.*»\"!?])";

	private static final Pattern FULL = Pattern
		.compile("(?<hon>" + HON + "\\s+)?(?:(?<first>" + FIRST + ")\\s+(?:(?<upper>" + LOWER_PARTICLE + "?" + UPPER
				+ ")|(?<title>" + TITLE + "))|(?<initial>" + INITIAL + ")\\s+(?<iupper>" + UPPER + "))" + END);

	/**
	 * Two or three given names before a surname in capitals: "Thi Thu Hà PHAM", "Marie
	 * Anne Sophie DURAND" (the same groups as {@link #FULL}; the ones it has no use for
	 * never match).
	 */
	private static final Pattern MULTI = Pattern.compile("(?<hon>" + HON + "\\s+)?(?<first>" + FIRST + "(?:\\s+" + FIRST
			+ "){1,2})\\s+(?<upper>" + UPPER + ")(?<title>(?!))?(?<initial>(?!))?(?<iupper>(?!))?" + END);

	private static final Pattern HONORIFIC_START = Pattern.compile("(?U)(?:" + HON + "|MM\\.)\\s+\\p{Lu}");

	private static final Pattern SURNAME_ONLY = Pattern
		.compile("(?<hon>" + HON + "\\s+)(?:(?<upper>" + UPPER + ")|(?<title>" + TITLE + "))" + END);

	private static final Pattern INVERTED = Pattern
		.compile("^(?:" + HON + "\\s+)?(?<upper>" + UPPER + ")\\s+(?<first>" + FIRST + ")(?=$|[\\s,;])");

	private static final Set<String> NOT_FIRST = Set.of("la", "le", "les", "des", "du", "de", "et", "en", "par", "pour",
			"avec", "sur", "dans", "direction", "question", "parcours", "atelier", "session", "table", "salle", "gare",
			"station", "rue", "hotel", "ville", "metropole", "conseil", "mission", "pole", "service", "institut",
			"universite", "commission", "groupe", "reunion", "rencontre", "seminaire", "programme", "accueil",
			"animation", "excuse", "excusee", "excuses", "present", "presente", "presents", "participants", "contact",
			"photo", "credits", "agence", "maire", "vice", "adjoint", "adjointe", "conseillere", "conseiller",
			"directeur", "directrice", "chargee", "charge", "responsable", "intervention", "prise", "public", "format",
			"selon", "chez", "une", "un", "ce", "cette", "nos", "notre", "leur", "son", "sa", "ses", "tous", "toute",
			"toutes", "plaine", "grand", "grande", "eurometropole", "region", "departement", "territoire", "france",
			"nantes", "rennes", "lille", "lyon", "paris", "bordeaux", "toulouse", "grenoble", "strasbourg", "brest",
			"nancy", "metz", "rouen", "dijon", "tours", "nice", "montpellier", "orleans", "marseille", "clermont",
			"fin", "pause", "chef", "cheffe", "maitre", "maitresse", "statut", "nom", "fonction", "structure",
			"presence", "emargement", "synthese", "cloture", "ouverture", "mot", "dejeuner", "inscription", "acces",
			"hall", "centre", "espace", "maison", "place", "cite", "jeudi", "lundi", "mardi", "mercredi", "vendredi",
			"samedi", "dimanche", "mme", "mlle", "mmes", "dr", "pr", "monsieur", "madame", "mademoiselle",
			"destinataire", "destinataires", "expediteur", "microsoft", "outlook", "teams", "zoom");

	/**
	 * One or two more Title-case words after a name, where a name ends: before a comma, a
	 * parenthesis, a dash, "et" or the end (lines may be joined: "Quéré Publié le").
	 */
	private static final Pattern NEXT_WORD = Pattern.compile(
			"[ \\u00A0](\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:[ \\u00A0]\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)?)(?=\\s*[,;()]|\\s+[-–—]\\s|\\s+et\\s|\\s*$)");

	/** Capitalised words that follow names in headings, credits and tables. */
	private static final Set<String> COMMON_CAPITALISED = Set.of("archives", "photo", "presente", "present", "excuse",
			"excusee", "absent", "absente", "oui", "non", "matin", "soir", "midi", "journee", "atelier", "table",
			"ronde", "plenière", "pleniere", "introduction", "conclusion", "synthese", "temoignage", "debat",
			"questions", "echanges", "le", "la", "les");

	/** A particle written like a first name: "Van", "Ben", "Da". */
	private static final Pattern PARTICLE_WORD = Pattern.compile("(?:Van|Von|Den|Der|Da|Di|Dos|Del|Della|Ben|El|Al)");

	/** "Saint-Étienne", "Sainte-Foy": a place, never a first name. */
	private static final Pattern SAINT = Pattern.compile("(?iU)^saint(?:e)?-.*");

	private static final Pattern PLACE_BEFORE = Pattern.compile(
			"(?iU)(?:salle|arr[êe]t|immeuble|tour|pavillon|villa|gymnase|piscine|halle|auditorium|lyc[ée]e de|rue|gare|avenue|place|boulevard|bd|lyc[ée]e|[ée]cole|coll[èe]ge|centre|espace|h[ôo]tel|station|square|parc|quai|pont|all[ée]e|prix|fondation|institut|universit[ée]|amphi(?:th[ée][âa]tre)?|b[âa]timent|m[ée]diath[èe]que|biblioth[èe]que|stade|cours|impasse|chemin|r[ée]sidence)\\s+$");

	private final Predicate<String> isBodyAcronym;

	private final Predicate<String> isKnownFirstName;

	/**
	 * A parser that knows the first names of {@link FirstNames}.
	 * @param isBodyAcronym tells whether a word in capitals is a body's name or acronym
	 * (ICPC, MEL), which must not be read as a surname
	 */
	public NameParser(Predicate<String> isBodyAcronym) {
		this(isBodyAcronym, FirstNames::isKnown);
	}

	private NameParser(Predicate<String> isBodyAcronym, Predicate<String> isKnownFirstName) {
		this.isBodyAcronym = isBodyAcronym;
		this.isKnownFirstName = isKnownFirstName;
	}

	/**
	 * @param word a word
	 * @return whether it is a first name this parser knows
	 */
	public boolean knowsFirstName(String word) {
		return this.isKnownFirstName.test(word);
	}

	/**
	 * The same parser knowing more first names (the gazetteer of the reference folder,
	 * when the document was annotated with it), so that every finder, rules or NLP, takes
	 * the same "Prénom Nom" for a name.
	 * @param moreFirstNames tells whether a word is a known given name
	 * @return the parser
	 */
	public NameParser knowing(Predicate<String> moreFirstNames) {
		return new NameParser(this.isBodyAcronym, this.isKnownFirstName.or(moreFirstNames));
	}

	/**
	 * Parses a name at the start of a text (leading bold markers, bullets and spaces
	 * ignored).
	 * @param text the text
	 * @param allowInverted whether "NOM Prénom" is acceptable (tables)
	 * @return the name, if the text starts with one
	 */
	public Optional<ParsedName> atStart(String text, boolean allowInverted) {
		String t = text.replace("*", "");
		int lead = 0;
		while (lead < t.length() && (Character.isWhitespace(t.charAt(lead)) || "-•·–—>".indexOf(t.charAt(lead)) >= 0)) {
			lead++;
		}
		String s = t.substring(lead);
		Optional<ParsedName> multi = multi(s, 0, lead);
		if (multi.isPresent()) {
			return multi;
		}
		Matcher m = FULL.matcher(s);
		if (m.lookingAt()) {
			Optional<ParsedName> p = build(m, lead, false).map((x) -> extended(x, t));
			if (p.isPresent()) {
				return p;
			}
		}
		if (allowInverted) {
			Matcher inv = INVERTED.matcher(s);
			if (inv.lookingAt() && !this.isBodyAcronym.test(inv.group("upper")) && hasVowel(inv.group("upper"))
					&& !NOT_FIRST.contains(Slugs.fold(inv.group("first")))
					&& !NOT_FIRST.contains(Slugs.fold(inv.group("upper")))) {
				String name = inv.group("first") + " " + inv.group("upper");
				return Optional
					.of(new ParsedName(inv.group().strip(), name, false, Strength.STRONG, lead, lead + inv.end()));
			}
		}
		Matcher so = SURNAME_ONLY.matcher(s);
		if (so.lookingAt()) {
			return build(so, lead, true);
		}
		return Optional.empty();
	}

	/**
	 * @param text a list item or a line
	 * @return whether it starts with an honorific before a capital ("Mme X", "M. Y")
	 */
	public static boolean startsWithHonorific(String text) {
		return HONORIFIC_START.matcher(text).lookingAt();
	}

	/**
	 * Finds names in prose (medium and strong only; places named after people skipped).
	 * @param text the text
	 * @return the names in text order
	 */
	public List<ParsedName> findAll(String text) {
		List<ParsedName> out = new ArrayList<>();
		String t = text.replace("*", " ");
		boolean[] taken = new boolean[t.length() + 1];
		Matcher m = FULL.matcher(t);
		int from = 0;
		while (from < t.length() && m.find(from)) {
			from = m.start() + 1;
			if (m.start() > 0
					&& (Character.isLetter(t.charAt(m.start() - 1)) || "-'’".indexOf(t.charAt(m.start() - 1)) >= 0)) {
				// inside a word: "Lou-Anne Rivière" is not "Anne Rivière"
				continue;
			}
			if (PLACE_BEFORE.matcher(t.substring(Math.max(0, m.start() - 25), m.start())).find()) {
				// "rue Victor Hugo": the place's whole name, not a person starting inside
				// it
				from = m.end();
				continue;
			}
			Optional<ParsedName> multi = multi(t, m.start(), 0);
			Optional<ParsedName> p = multi.isPresent() ? multi : build(m, 0, false).map((x) -> extended(x, t));
			if (p.isPresent() && p.get().strength() != Strength.WEAK) {
				out.add(p.get());
				for (int i = p.get().start(); i < p.get().end(); i++) {
					taken[i] = true;
				}
				from = p.get().end();
			}
		}
		Matcher so = SURNAME_ONLY.matcher(t);
		while (so.find()) {
			if (taken[so.start()] || (so.start() > 0 && Character.isLetter(t.charAt(so.start() - 1)))) {
				continue;
			}
			build(so, 0, true).ifPresent(out::add);
		}
		out.sort(java.util.Comparator.comparingInt(ParsedName::start));
		return out;
	}

	/**
	 * A Title-case name followed by one or two more Title-case words that are no first
	 * name, title, body or common word: a compound first name or surname written without
	 * hyphen ("Ndeye Fatou Sow", "Ignacio Fernández Ruiz", "Nour El Houda Mansouri",
	 * "Jean-Baptiste Nguyen Van Long").
	 */
	private ParsedName extended(ParsedName p, String text) {
		if (p.surnameOnly() || p.end() >= text.length() || p.asWritten().matches(".*\\p{Lu}{2,}\\S*$")) {
			return p;
		}
		Matcher next = NEXT_WORD.matcher(text).region(p.end(), text.length());
		if (!next.lookingAt()) {
			return p;
		}
		String word = next.group(1);
		for (String w : word.split("[ \\u00A0]")) {
			String folded = Slugs.fold(w);
			if (NOT_FIRST.contains(folded) || this.isKnownFirstName.test(w) || RoleClassifier.startsWithTitle(w)
					|| this.isBodyAcronym.test(w) || COMMON_CAPITALISED.contains(folded)) {
				return p;
			}
		}
		return new ParsedName(p.asWritten() + " " + word, p.name() + " " + word, false, p.strength(), p.start(),
				next.end());
	}

	/**
	 * "Thi Thu Hà PHAM" at a position: the name with all its given names, when none of
	 * them is a word that is never a first name.
	 */
	private Optional<ParsedName> multi(String text, int at, int offset) {
		Matcher m = MULTI.matcher(text).region(at, text.length());
		if (!m.lookingAt()) {
			return Optional.empty();
		}
		for (String given : m.group("first").split("\\s+")) {
			if (NOT_FIRST.contains(Slugs.fold(given)) || SAINT.matcher(given).matches()
					|| RoleClassifier.startsWithTitle(given) || this.isBodyAcronym.test(given)) {
				// "Vice-Présidente Gaëlle TROADEC": a title, then the name
				return Optional.empty();
			}
		}
		return build(m, offset, false);
	}

	private Optional<ParsedName> build(Matcher m, int offset, boolean surnameOnly) {
		String hon = m.group("hon");
		String upper = m.group("upper");
		String title = m.group("title");
		String first = surnameOnly ? null : m.group("first");
		if (!surnameOnly && m.group("initial") != null) {
			first = m.group("initial");
			upper = m.group("iupper");
		}
		String surname = (upper != null) ? upper : title;
		if (!surnameOnly && hon != null && first != null && upper == null && PARTICLE_WORD.matcher(first).matches()) {
			// "Mme Van der Meulen": after an honorific a particle starts the surname
			surnameOnly = true;
			surname = first + " " + surname;
			first = null;
		}
		if (first != null && (NOT_FIRST.contains(Slugs.fold(first)) || SAINT.matcher(first).matches())) {
			return Optional.empty();
		}
		if (surname == null || NOT_FIRST.contains(Slugs.fold(surname))) {
			return Optional.empty();
		}
		if (upper != null && Character.isLowerCase(upper.charAt(0))) {
			// "Sophie de LA BOURDONNAYE": a person only after an honorific or a known
			// first name ("Journée de CLÔTURE" is a heading)
			if (hon == null && (first == null || !this.isKnownFirstName.test(first))) {
				return Optional.empty();
			}
			if (this.isBodyAcronym.test(upper.replaceFirst("^" + LOWER_PARTICLE, ""))) {
				return Optional.empty();
			}
		}
		if (upper != null && (this.isBodyAcronym.test(upper) || !hasVowel(upper))) {
			return Optional.empty();
		}
		Strength strength;
		if (hon != null || upper != null) {
			strength = Strength.STRONG;
		}
		else if (first != null && (this.isKnownFirstName.test(first) || first.endsWith("."))) {
			strength = Strength.MEDIUM;
		}
		else {
			strength = Strength.WEAK;
		}
		if (surnameOnly && hon == null) {
			return Optional.empty();
		}
		String name = surnameOnly ? surname : first + " " + surname;
		String written = m.group().replaceAll("\\s+", " ").strip();
		return Optional.of(new ParsedName(written, name, surnameOnly, strength, offset + m.start(), offset + m.end()));
	}

	private static boolean hasVowel(String s) {
		return Slugs.fold(s).matches(".*[aeiouy].*");
	}

}
