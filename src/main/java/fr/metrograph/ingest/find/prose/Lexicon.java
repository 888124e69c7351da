package fr.metrograph.ingest.find.prose;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;

/**
 * The closed word lists the prose finders rely on, folded (lower case, no accents):
 * titles that head a role, honorifics, words of a web page's navigation, nouns that name
 * a street or a building, and the event nouns.
 */
final class Lexicon {

	/** Nouns that head a role ("vice-présidente de…", "chargée de mission…"). */
	private static final Set<String> TITLES = words("vice-president", "vice-presidente", "vp", "president",
			"presidente", "co-president", "co-presidente", "copresident", "copresidente", "maire", "adjoint",
			"adjointe", "conseiller", "conseillere", "elu", "elue", "delegue", "deleguee", "depute", "deputee",
			"senateur", "senatrice", "ministre", "prefet", "prefete", "directeur", "directrice", "dga", "dgs", "dg",
			"charge", "chargee", "responsable", "chef", "cheffe", "coordinateur", "coordinatrice", "coordonnateur",
			"coordonnatrice", "agent", "agente", "animateur", "animatrice", "administrateur", "administratrice",
			"secretaire", "tresorier", "tresoriere", "membre", "representant", "representante", "fondateur",
			"fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "consultant", "consultante",
			"chercheur", "chercheuse", "professeur", "professeure", "maitre", "maitresse", "enseignant", "enseignante",
			"sociologue", "politiste", "politologue", "geographe", "urbaniste", "architecte", "journaliste",
			"redacteur", "redactrice", "porte-parole", "doctorant", "doctorante", "facilitateur", "facilitatrice",
			"mediateur", "mediatrice", "expert", "experte", "ingenieur", "ingenieure", "gerant", "gerante", "delegue",
			"collaborateur", "collaboratrice", "attache", "attachee", "coordination", "directeur-adjoint",
			"directrice-adjointe", "conseiller-municipal", "chef-de-projet", "historien", "historienne", "philosophe",
			"economiste", "juriste", "avocat", "avocate", "auteur", "autrice", "autrice");

	/**
	 * Adjectives that may come before a title ("ancienne maire", "1er vice-président").
	 */
	private static final Set<String> TITLE_MODIFIERS = words("ancien", "ancienne", "premier", "premiere", "1er", "1re",
			"1ere", "nouveau", "nouvelle", "actuel", "actuelle", "futur", "future", "jeune", "deuxieme", "2e",
			"troisieme", "3e");

	private static final Set<String> HONORIFICS = words("m", "m.", "mme", "mme.", "mmes", "mm", "mm.", "mlle", "mlle.",
			"monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "mesdemoiselles", "dr", "dr.", "docteur",
			"docteure", "pr", "pr.", "professeur", "professeure", "me", "me.", "maitre");

	/**
	 * Words of a web page's navigation, sharing buttons and footers: never (part of) a
	 * person's name.
	 */
	private static final Set<String> PAGE_DEBRIS = words("accueil", "partager", "imprimer", "lire", "suite", "savoir",
			"retour", "menu", "rechercher", "recherche", "contact", "contacts", "newsletter", "abonner", "connecter",
			"connexion", "facebook", "twitter", "linkedin", "instagram", "youtube", "mastodon", "bluesky", "mentions",
			"legales", "plan", "cookies", "haut", "telecharger", "voir", "suivant", "precedent", "actualites",
			"actualite", "agenda", "publie", "publiee", "tweet", "tweeter", "commenter", "envoyer", "fermer",
			"accepter", "refuser", "valider", "inscription", "inscrire", "s'inscrire", "lien", "copier", "courriel",
			"email", "e-mail", "mail", "whatsapp", "rss", "flux", "page", "pages", "ok", "article", "articles",
			"categorie", "categories", "etiquettes", "tags", "rubrique", "sommaire", "navigation", "aller", "contenu",
			"principal", "passer", "top", "video", "videos", "photo", "photos", "credit", "credits", "galerie",
			"podcast", "replay", "en", "direct", "j'aime", "aime", "like", "share", "home", "login", "search", "read",
			"more", "next", "previous");

	/** Nouns before a proper name that make it a street, a building or a place. */
	private static final Set<String> PLACE_NOUNS = words("rue", "avenue", "av", "av.", "boulevard", "bd", "bd.",
			"place", "allee", "allees", "quai", "impasse", "chemin", "route", "cours", "square", "parc", "jardin",
			"jardins", "esplanade", "pont", "passage", "rond-point", "salle", "espace", "maison", "centre", "college",
			"lycee", "ecole", "universite", "gymnase", "stade", "hotel", "batiment", "immeuble", "residence", "halle",
			"halles", "mediatheque", "bibliotheque", "theatre", "auditorium", "amphitheatre", "amphi", "pavillon",
			"cite", "campus", "institut", "fondation", "musee", "gare", "station", "hopital", "clinique", "prix",
			"promotion", "quartier", "tour", "site", "domaine", "chateau", "abbaye", "eglise", "cathedrale", "foyer",
			"ehpad", "creche", "piscine", "cinema", "palais", "port", "porte", "square", "forum", "auberge", "villa",
			"ferme", "manoir", "parvis", "galerie", "arena", "dome", "agora", "atelier", "ateliers", "friche",
			"tiers-lieu", "lieu", "lieux", "carre", "pole", "amphitheatre", "boulodrome", "complexe", "marche", "halle",
			"cafe", "restaurant", "brasserie", "fort", "ile", "lac", "mont", "col", "vallee", "plaine", "colline",
			"bois", "foret", "canal", "rive", "rives", "bourse", "ecole", "lycees", "colleges", "ecoles", "association",
			"collectif", "compagnie", "cabinet", "agence", "studio", "atelier", "club", "federation", "syndicat",
			"societe", "groupe", "reseau", "conseil", "commission", "comite", "fonds", "loi", "plan", "programme",
			"operation", "dispositif", "charte", "label", "trophee", "trophees", "medaille", "bourse", "chaire",
			"rapport");

	/** Event nouns that make a sentence with a date an event. */
	private static final Pattern EVENT_NOUN = Pattern.compile(
			"(?iU)\\b(rencontres?|r[ée]unions?|assembl[ée]es?(?:\\s+pl[ée]ni[èe]res?)?|pl[ée]ni[èe]res?|ateliers?|s[ée]minaires?|webinaires?|webinars?|conf[ée]rences?(?:-d[ée]bats?)?|journ[ée]es?(?:\\s+d['’][ée]tudes?|\\s+nationales?|\\s+d['’][ée]changes?)?|voyages?\\s+d['’][ée]tudes?|tables?[- ]rondes?|controverses?|universit[ée]s?\\s+d['’][ée]t[ée]|forums?|colloques?|congr[èe]s|sommets?|assises|rendez-vous|visites?(?:\\s+d['’][ée]tudes?)?|s[ée]ances?(?:\\s+de\\s+travail)?|comit[ée]s?\\s+de\\s+pilotage|copil|d[ée]bats?|ciné-débats?|conventions?\\s+citoyennes?|festivals?|salons?|formations?|cafés?[- ]citoyens?|ap[ée]ros?[- ]citoyens?|balades?\\s+urbaines?|marches?\\s+exploratoires?|hackathons?|biennales?|[ée]changes?\\s+de\\s+pratiques|retours?\\s+d['’]exp[ée]riences?|points?\\s+d['’][ée]tape|matinales?|petits?[- ]d[ée]jeuners?|d[ée]jeuners?[- ]d[ée]bats?|soir[ée]es?(?:[- ]d[ée]bats?)?|inaugurations?|lancements?|restitutions?|consultations?|concertations?)\\b");

	private Lexicon() {
	}

	private static Set<String> words(String... words) {
		// duplicates allowed, so that the lists can be grouped by meaning
		return Set.copyOf(Arrays.asList(words));
	}

	/**
	 * @param word a word as written ("Vice-Présidente", "élu·es", "chargées")
	 * @return whether it is a title noun that heads a role (plurals and inclusive endings
	 * accepted)
	 */
	static boolean isTitle(String word) {
		String f = bare(word);
		if (TITLES.contains(f)) {
			return true;
		}
		if (f.endsWith("s") && TITLES.contains(f.substring(0, f.length() - 1))) {
			return true;
		}
		if (f.endsWith("-es") || f.endsWith("-e")) {
			return TITLES.contains(f.substring(0, f.lastIndexOf('-')));
		}
		return false;
	}

	/**
	 * @param word a word
	 * @return whether it is an adjective that may come before a title
	 */
	static boolean isTitleModifier(String word) {
		return TITLE_MODIFIERS.contains(bare(word));
	}

	/**
	 * @param word a word as written ("Mme", "M.", "Madame")
	 * @return whether it is an honorific
	 */
	static boolean isHonorific(String word) {
		return HONORIFICS.contains(Slugs.fold(word.strip()));
	}

	/**
	 * @param word a word
	 * @return whether it belongs to a web page's navigation or sharing buttons
	 */
	static boolean isPageDebris(String word) {
		return PAGE_DEBRIS.contains(Slugs.fold(word.strip()));
	}

	/**
	 * @param word a word
	 * @return whether it names a street, a building, a place or a non-person thing that
	 * proper names follow ("rue Jules Verne", "salle Jean Monnet", "prix Simone Veil")
	 */
	static boolean isPlaceNoun(String word) {
		return PLACE_NOUNS.contains(bare(word));
	}

	/**
	 * @return the event-noun pattern (group 1 is the noun phrase)
	 */
	static Pattern eventNoun() {
		return EVENT_NOUN;
	}

	/** Folds a word and removes inclusive-writing marks: "élu·es" → "elu-es". */
	static String bare(String word) {
		String f = Slugs.fold(word.strip());
		f = f.replaceAll("[·•.]", "-");
		f = f.replaceAll("\\((e|es|s)\\)$", "-$1");
		return f;
	}

}
