package fr.metrograph.ingest.find.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.find.ExtractionContext;
import fr.metrograph.ingest.find.Lines;
import fr.metrograph.ingest.find.bodies.Communes;
import fr.metrograph.ingest.find.names.NameParser;
import fr.metrograph.ingest.find.names.ParsedName;
import fr.metrograph.ingest.find.names.RoleClassifier;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.reference.BodyMatch;

/**
 * Reads lists of people: "A (X), B (Y) ; C, titre, Body et D" into {@link Item}s, and an
 * item's tail (parenthesis, roles, body, a capacity after a dash) into its parts.
 */
final class ListItems {

	private static final Pattern SPLIT_ROLE = Pattern.compile(
			"(?iU)(?:,\\s*|\\s+et\\s+)(?=(?:1(?:er|re)\\s+)?(?:vice[- ]?pr[ée]sident|pr[ée]sident|maire\\b|adjoint|conseill[eè]re?|directeur|directrice|dga\\b|dgs\\b|charg[ée]e? de|responsable|cheff?e? de|administrat|co[- ]pr[ée]sident))");

	private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s*\\([\\p{Lu}\\d\\s]{2,12}\\)\\s*$");

	private static final Pattern TRAILING_CAPACITY = Pattern.compile("\\s[-–—]\\s+([^,()\\-–—]+)$");

	private static final Pattern LEADING_PARENTHESIS = Pattern.compile("^\\(([^)]*)\\)");

	/** A city named as a body: "Ville de Montreuil", "Mairie de Nancy". */
	private static final Pattern CITY_BODY = Pattern.compile("(?iU)^(?:la\\s+)?(?:ville|mairie|commune)\\s+d.*");

	private static final Pattern REMOTE = Pattern.compile(
			"(?iU)(?:en\\s+)?(?:visio(?:conf[ée]rence)?|[àa] distance|en ligne|par t[ée]l[ée]phone|en distanciel)");

	private static final Pattern TRAILING_BODY = Pattern.compile("\\s*\\(([^()]+)\\)$");

	private ListItems() {
	}

	/**
	 * Splits a list of people into items; a body after the last of "A et B (Body)" is
	 * shared.
	 */
	static List<Item> items(ExtractionContext context, String list, boolean allowInverted) {
		String t = list.replace("*", "").replaceAll("\\s+", " ").strip().replaceAll("[.;]+$", "");
		t = t.replaceAll("\\s+[—–]\\s+.*$", "");
		List<List<String>> grouped = new ArrayList<>();
		for (String token : splitOutsideParens(t)) {
			String tok = token.strip();
			if (tok.isEmpty()) {
				continue;
			}
			boolean isBody = context.reference().whole(tok.replaceAll("\\s*\\(.*\\)$", "")).isPresent();
			Optional<ParsedName> n = isBody ? Optional.empty() : context.names().atStart(tok, allowInverted);
			if (n.isPresent() && !n.get().surnameOnly() && !RoleClassifier.startsWithTitle(tok)) {
				List<String> g = new ArrayList<>();
				g.add(tok);
				grouped.add(g);
			}
			else if (NameParser.startsWithHonorific(tok)) {
				// "Mme X" that is no full name (a surname alone, a name the parser cannot
				// read) is someone else, never a role of the person before
				grouped.add(new ArrayList<>());
			}
			else if (!grouped.isEmpty()) {
				grouped.get(grouped.size() - 1).add(tok);
			}
		}
		List<Item> out = new ArrayList<>();
		for (List<String> g : grouped) {
			if (g.isEmpty()) {
				continue;
			}
			String joined = String.join(", ", g);
			context.names().atStart(joined, allowInverted).ifPresent((n) -> out.add(item(context, joined, n)));
		}
		for (int i = out.size() - 2; i >= 0; i--) {
			Item a = out.get(i);
			Item b = out.get(i + 1);
			if (a.body() == null && a.commune() == null && a.roles().isEmpty() && b.body() != null) {
				out.set(i, a.withBody(b.body()));
			}
		}
		return out;
	}

	/** Reads what an item says after the name: parenthesis, roles, body. */
	static Item item(ExtractionContext context, String text, ParsedName name) {
		String clean = text.replace("*", "");
		String rest = clean.substring(Math.min(clean.length(), name.end())).strip();
		BodyMatch body = null;
		Communes.Commune commune = null;
		Capacity capacity = null;
		List<String> roles = new ArrayList<>();
		// "NOM, Body - accueil et organisation": a capacity after a dash ends the item
		Matcher dash = TRAILING_CAPACITY.matcher(rest);
		if (dash.find() && capacityWord(dash.group(1)) != null) {
			capacity = capacityWord(dash.group(1));
			rest = rest.substring(0, dash.start()).strip();
		}
		Matcher paren = LEADING_PARENTHESIS.matcher(rest);
		if (paren.find()) {
			for (String piece : paren.group(1).split("\\s*,\\s*")) {
				Capacity c = capacityWord(piece);
				if (c != null) {
					capacity = c;
					continue;
				}
				Communes.Commune inParen = Communes.in(piece);
				if (inParen != null && body == null && commune == null) {
					commune = inParen;
					continue;
				}
				Optional<BodyMatch> b = context.reference().resolve(piece);
				if (b.isPresent() && body == null) {
					body = b.get();
				}
				else if (RoleClassifier.startsWithTitle(piece)) {
					roles.add(Lines.capitalise(piece.strip()));
				}
			}
			rest = rest.substring(paren.end()).strip();
		}
		// "– fonction – structure": dashes separate the parts like commas
		rest = rest.replaceFirst("^[,;:–—-]\\s*", "").replaceAll("\\s+[–—]\\s+", ", ");
		if (!rest.isEmpty()) {
			for (String piece : splitOutsideParens(rest)) {
				String pc = piece.strip();
				if (pc.isEmpty()) {
					continue;
				}
				Optional<BodyMatch> whole = context.reference().whole(pc.replaceAll("\\s*\\([^)]*\\)$", ""));
				if (whole.isPresent() && body == null) {
					body = whole.get();
					continue;
				}
				// "chargée de mission (Rennes Métropole)": the body in parentheses after
				// a role
				Matcher trailing = TRAILING_BODY.matcher(pc);
				if (body == null && trailing.find()) {
					Optional<BodyMatch> inParen = context.reference().whole(trailing.group(1));
					if (inParen.isPresent()) {
						body = inParen.get();
						pc = pc.substring(0, trailing.start()).strip();
					}
				}
				if (pc.isEmpty() || REMOTE.matcher(pc).matches()) {
					// "(MEL), en visio": how they took part, not a role
					continue;
				}
				// "M. Ibrahima Sy, Ville de Montreuil": the city is the body, not a role
				Communes.Commune city = Communes.in(pc);
				if (city != null && body == null && commune == null && CITY_BODY.matcher(pc).matches()) {
					commune = city;
					continue;
				}
				if (!roles.isEmpty() && !RoleClassifier.startsWithTitle(pc)) {
					roles.set(roles.size() - 1, roles.get(roles.size() - 1) + ", " + pc);
				}
				else {
					roles.add(Lines.capitalise(pc));
				}
			}
		}
		if (body == null) {
			for (String r : roles) {
				Communes.Commune c = Communes.in(r);
				if (c != null) {
					commune = c;
				}
			}
		}
		return new Item(name, roles, body, commune, capacity, null);
	}

	/** A capacity word: animation, organisation/accueil, intervenant·e; else null. */
	static Capacity capacityWord(String piece) {
		String p = Slugs.fold(piece.strip());
		if (p.matches("anim.*|facilitat.*")) {
			return Capacity.FACILITATOR;
		}
		if (p.matches("organisat.*|accueil.*")) {
			return Capacity.ORGANISER;
		}
		if (p.matches("intervenant.*|intervention.*|orat.*")) {
			return Capacity.SPEAKER;
		}
		return null;
	}

	/**
	 * Splits several roles written one after the other ("Vice-présidente X, maire de Y").
	 */
	static List<String> splitRoles(String text) {
		List<String> out = new ArrayList<>();
		String t = text.replace("*", "").replaceAll("\\s+", " ").strip().replaceAll("[,;.]+$", "");
		for (String piece : SPLIT_ROLE.split(t)) {
			String r = TRAILING_ACRONYM.matcher(piece.strip()).replaceAll("").replaceAll("[,;.]+$", "").strip();
			r = r.replaceAll("(?iU)\\bvice pr[ée]sident", "Vice-Président");
			// a platform's handle and badge ("@tnguyen_mel Officiel") is no title
			if (r.length() > 1 && !r.startsWith("@")) {
				out.add(Lines.capitalise(r));
			}
		}
		return out;
	}

	/** Splits on commas, semicolons and " et " outside parentheses. */
	static List<String> splitOutsideParens(String t) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && (c == ',' || c == ';')) {
				out.add(t.substring(start, i));
				start = i + 1;
			}
			else if (depth == 0 && t.startsWith(" et ", i)) {
				out.add(t.substring(start, i));
				start = i + 4;
				i += 3;
			}
		}
		out.add(t.substring(start));
		return out;
	}

}
