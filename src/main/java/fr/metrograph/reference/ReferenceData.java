package fr.metrograph.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference lists of bodies ({@code metropolises.csv}, {@code organizations.csv}) and
 * the entity resolver built on their aliases.
 * <p>
 * Resolution rules ({@link #find(String)}):
 * <ul>
 * <li>matching ignores case, accents, and treats hyphens, apostrophes variants and runs
 * of whitespace (including line breaks) alike;</li>
 * <li>matches must start and end on word boundaries;</li>
 * <li>longest match wins ("Vallée Sud - Grand Paris" beats "Grand Paris"), across
 * metropolises and organisations;</li>
 * <li>acronyms (aliases written in capitals, e.g. MEL, ICPC, CUB) match case-sensitively
 * so that ordinary words are never taken for them;</li>
 * <li>a bare seat-city name ("Bordeaux") is flagged {@link BodyMatch#bareCity()}, and
 * every match gets a {@link BodyMatch.Reading reading} of its context: the city after
 * "maire de", "ville de", "commune de", "à", "en", "dans"…; the metropolis after "la
 * métropole de", "vice-président·e de", "conseiller·ère métropolitain·e de"; part of
 * another name after "Université", "Gare", "rue", "conseil de développement de"… or when
 * a capitalised word follows a bare city name ("Toulouse Capitole", "Lille-Flandres").
 * Callers accept bare names as bodies only in list or affiliation contexts
 * ({@link BodyMatch#isBody()}); in running text a bare city name is the city
 * ({@link BodyMatch#isCityInText()}).</li>
 * </ul>
 * A seat city that is no alias of its body ("Paris", "Saint-Denis") is found too, always
 * as the city. Limits: "la Métropole" alone, "Eurométropole" alone and "Clermont" alone
 * are not resolved here (they need the document context).
 * <p>
 * Over 300 lines: loading the two lists and the resolver built on their aliases (the
 * longest-match, acronym and bare-city rules) share one normalised index; the rules are
 * listed above and tested together in {@code ReferenceDataTests}. The communes are a
 * class of their own ({@link CommuneGazetteer}); this one only loads and holds them.
 */
public final class ReferenceData {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9]{2,6}");

	private static final Pattern CITY_BEFORE = Pattern.compile(
			"(?:\\bmaire (?:de|d')|\\bmairie (?:de|d')|\\bville (?:de|d')|\\bcommune (?:de|d')|\\bmunicipal(?:e)? (?:de|d')|(?:^|\\s)a|\\bau|\\ben|\\bdans|\\bsur|\\bhotel de ville (?:de|d'))\\s*$");

	/**
	 * Head words of names that contain a place: a bare city after them is part of that
	 * name.
	 */
	private static final Pattern PLACE_NAME_BEFORE = Pattern.compile(
			"(?:\\buniversite|\\bgare|\\bstation|\\bsalle|\\brue|\\bavenue|\\bboulevard|\\bplace|\\bquai|\\blycee|\\bcollege|\\becole|\\baeroport|\\bstade|\\bport)(?: (?:de la|de l'|des|du|de|d'))?\\s*$");

	/**
	 * Organisations named after their territory: any body's name after them is part of
	 * the organisation's name ("conseil de développement de la Métropole de Lyon").
	 */
	private static final Pattern ORGANIZATION_BEFORE = Pattern.compile(
			"(?:\\bconseils? de developpement(?: durable)?|\\buniversite|\\bagence d'urbanisme|\\bagence d'attractivite|\\boffice de tourisme|\\bchambre de commerce(?: et d'industrie)?|\\bcci|\\bccas|\\bcentre communal d'action sociale|\\bsyndicat mixte|\\bpole metropolitain|\\bmusee|\\btheatre)(?: (?:de la|de l'|des|du|de|d'))?\\s*$");

	/** Words that make a bare city name the metropolis. */
	private static final Pattern METROPOLIS_BEFORE = Pattern.compile(
			"(?:\\bmetropole (?:de|d'|du)|\\bvice presidente?s? (?:de|d'|du)|\\b(?:1er |1ere |premier |premiere )?vice presidente? (?:de|d')|\\bconseill(?:er|ere)s? metropolitaine?s? (?:de|d'|du)|\\belue?s? metropolitaine?s? (?:de|d'|du)|\\bpresidente? de la metropole (?:de|d'|du))\\s*$");

	private final CommuneGazetteer communes;

	private final Set<String> seats;

	private final List<MetropolisRef> metropolises;

	private final List<OrganizationRef> organizations;

	private final Map<String, MetropolisRef> metropolisById = new LinkedHashMap<>();

	private final Map<String, OrganizationRef> organizationById = new LinkedHashMap<>();

	private final List<Alias> aliases = new ArrayList<>();

	/**
	 * A name of a body. {@code cityOnly}: a seat city that is no alias of its body
	 * ("Paris" is not the Métropole du Grand Paris): only ever the city.
	 */
	private record Alias(String folded, String id, boolean metropolis, boolean acronym, String raw, boolean bareCity,
			boolean cityOnly) {
	}

	/**
	 * Builds reference data from rows (used by tests and by {@link #load(Path)}).
	 * @param metropolises the metropolises and EPTs
	 * @param organizations the organisations
	 */
	public ReferenceData(List<MetropolisRef> metropolises, List<OrganizationRef> organizations) {
		this(metropolises, organizations, CommuneGazetteer.empty());
	}

	/**
	 * @param metropolises the metropolises and territories
	 * @param organizations the other organisations
	 * @param communes the communes of those metropolises
	 */
	public ReferenceData(List<MetropolisRef> metropolises, List<OrganizationRef> organizations,
			CommuneGazetteer communes) {
		this.communes = communes;
		this.metropolises = List.copyOf(metropolises);
		this.organizations = List.copyOf(organizations);
		this.seats = this.metropolises.stream()
			.map(MetropolisRef::seat)
			.filter((seat) -> seat != null)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		for (MetropolisRef m : this.metropolises) {
			this.metropolisById.put(m.id(), m);
			String seat = (m.seat() == null) ? "" : fold(m.seat()).text();
			List<String> all = new ArrayList<>(m.aliases());
			all.add(m.name());
			all.add(m.shortName());
			for (String a : all) {
				addAlias(a, m.id(), true, !seat.isEmpty() && fold(a).text().equals(seat), false);
			}
			if (!seat.isEmpty() && all.stream().noneMatch((a) -> fold(a).text().equals(seat))) {
				addAlias(m.seat(), m.id(), true, true, true);
			}
		}
		for (OrganizationRef o : this.organizations) {
			this.organizationById.put(o.id(), o);
			List<String> all = new ArrayList<>(o.aliases());
			all.add(o.name());
			for (String a : all) {
				addAlias(a, o.id(), false, false, false);
			}
		}
		this.aliases.sort(Comparator.comparingInt((Alias a) -> a.folded().length()).reversed());
	}

	private void addAlias(String raw, String id, boolean metropolis, boolean bareCity, boolean cityOnly) {
		if (raw == null || raw.isBlank()) {
			return;
		}
		String trimmed = raw.strip();
		boolean acronym = ACRONYM.matcher(trimmed).matches();
		String folded = fold(trimmed).text();
		for (Alias a : this.aliases) {
			if (a.folded().equals(folded) && a.id().equals(id)) {
				return;
			}
		}
		this.aliases.add(new Alias(folded, id, metropolis, acronym, trimmed, bareCity, cityOnly));
	}

	/**
	 * Loads {@code metropolises.csv} and {@code organizations.csv} from a directory, and
	 * {@value CommuneGazetteer#FILE} when it holds one.
	 * @param dir the directory holding both files
	 * @return the reference data
	 * @throws IOException when a file cannot be read
	 */
	public static ReferenceData load(Path dir) throws IOException {
		List<MetropolisRef> metros = new ArrayList<>();
		for (CSVRecord r : read(dir.resolve("metropolises.csv"))) {
			metros.add(new MetropolisRef(r.get("id"), r.get("name"), r.get("shortName"), r.get("kind"),
					emptyToNull(r.get("seat")), split(r.get("aliases")), emptyToNull(r.get("parent")),
					intOrNull(r.get("population")), intOrNull(r.get("created"))));
		}
		List<OrganizationRef> orgs = new ArrayList<>();
		for (CSVRecord r : read(dir.resolve("organizations.csv"))) {
			orgs.add(new OrganizationRef(r.get("id"), r.get("name"), r.get("kind"), split(r.get("aliases"))));
		}
		return new ReferenceData(metros, orgs, CommuneGazetteer.load(dir));
	}

	/** The communes of the listed metropolises (empty without {@code communes.csv}). */
	public CommuneGazetteer communes() {
		return this.communes;
	}

	/** The seats of the listed metropolises, as written ("Lyon", "Saint-Denis"). */
	public Set<String> seats() {
		return this.seats;
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreSurroundingSpaces(true)
				.get()
				.parse(reader)
				.getRecords();
		}
	}

	private static List<String> split(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static String emptyToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	private static Integer intOrNull(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(s.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public List<MetropolisRef> metropolises() {
		return this.metropolises;
	}

	public List<OrganizationRef> organizations() {
		return this.organizations;
	}

	public Optional<MetropolisRef> metropolis(String id) {
		return Optional.ofNullable(this.metropolisById.get(id));
	}

	public Optional<OrganizationRef> organization(String id) {
		return Optional.ofNullable(this.organizationById.get(id));
	}

	/**
	 * Finds every body named in a text, longest match first, non-overlapping, in text
	 * order.
	 * @param text any text (may span lines)
	 * @return the matches, sorted by start offset
	 */
	public List<BodyMatch> find(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		Folded f = fold(text);
		String norm = f.text();
		boolean[] taken = new boolean[norm.length()];
		List<BodyMatch> found = new ArrayList<>();
		for (Alias a : this.aliases) {
			int from = 0;
			while (true) {
				int i = norm.indexOf(a.folded(), from);
				if (i < 0) {
					break;
				}
				from = i + 1;
				int end = i + a.folded().length();
				if (!boundary(norm, i - 1) || !boundary(norm, end)) {
					continue;
				}
				if (anyTaken(taken, i, end)) {
					continue;
				}
				int os = f.index()[i];
				int oe = f.index()[end - 1] + 1;
				String written = text.substring(os, oe);
				if (a.acronym() && !written.equals(a.raw())) {
					continue;
				}
				BodyMatch.Reading reading = reading(norm, i, text, oe, a.bareCity());
				if (a.cityOnly() && reading != BodyMatch.Reading.PART_OF_NAME) {
					reading = BodyMatch.Reading.CITY;
				}
				for (int k = i; k < end; k++) {
					taken[k] = true;
				}
				found.add(new BodyMatch(a.id(), a.metropolis(), written, os, oe, a.bareCity(), reading));
			}
		}
		found.sort(Comparator.comparingInt(BodyMatch::start));
		return Collections.unmodifiableList(found);
	}

	/**
	 * Resolves a short text that names one body (a table cell, a parenthesis, a heading).
	 * Bare city names are accepted unless they read as the commune.
	 * @param text the name
	 * @return the first body match, if any
	 */
	public Optional<BodyMatch> resolve(String text) {
		return find(text).stream().filter(BodyMatch::isBody).findFirst();
	}

	/**
	 * Whether a short text is nothing but the name of one body (e.g. a heading line
	 * "Nantes Métropole" or "Grand Nancy").
	 * @param text the line
	 * @return the body if the whole text (ignoring punctuation and bold markers) is its
	 * name
	 */
	public Optional<BodyMatch> whole(String text) {
		String cleaned = text.replace("*", "").strip().replaceAll("[,;:.]+$", "").strip();
		List<BodyMatch> all = find(cleaned);
		if (all.size() == 1 && all.get(0).start() == 0 && all.get(0).end() == cleaned.length()) {
			return Optional.of(all.get(0));
		}
		return Optional.empty();
	}

	private static boolean anyTaken(boolean[] taken, int from, int to) {
		for (int k = from; k < to; k++) {
			if (taken[k]) {
				return true;
			}
		}
		return false;
	}

	private static BodyMatch.Reading reading(String norm, int start, String original, int originalEnd,
			boolean bareCity) {
		String before = norm.substring(Math.max(0, start - 45), start);
		if (ORGANIZATION_BEFORE.matcher(before).find()) {
			return BodyMatch.Reading.PART_OF_NAME;
		}
		if (!bareCity) {
			return BodyMatch.Reading.PLAIN;
		}
		if (PLACE_NAME_BEFORE.matcher(before).find()) {
			return BodyMatch.Reading.PART_OF_NAME;
		}
		if (METROPOLIS_BEFORE.matcher(before).find()) {
			return BodyMatch.Reading.METROPOLIS;
		}
		if (CITY_BEFORE.matcher(before).find()) {
			return BodyMatch.Reading.CITY;
		}
		// inside another proper name: "Toulouse Capitole", "Lille-Flandres" (a name in
		// capitals ends a heading: "JUIN 2019 - GRENOBLE" then the next line)
		int k = originalEnd;
		boolean capitals = original.substring(Math.max(0, k - 2), k).chars().allMatch(Character::isUpperCase);
		if (!capitals && k < original.length() && (original.charAt(k) == ' ' || original.charAt(k) == '-')) {
			k++;
			if (k < original.length() && Character.isUpperCase(original.charAt(k))) {
				String next = original.substring(k).split("[\\s,;.)]", 2)[0];
				String fn = fold(next).text();
				if (!Set.of("metropole", "et", "ou").contains(fn)) {
					return BodyMatch.Reading.PART_OF_NAME;
				}
			}
		}
		return BodyMatch.Reading.PLAIN;
	}

	private static boolean boundary(String s, int i) {
		if (i < 0 || i >= s.length()) {
			return true;
		}
		char c = s.charAt(i);
		return !Character.isLetterOrDigit(c);
	}

	/** A folded text and, for each of its characters, the index in the original. */
	record Folded(String text, int[] index) {
	}

	/**
	 * Folds a text for matching: lower case, no accents, hyphens/dashes as spaces,
	 * typographic apostrophes as {@code '}, whitespace runs as one space, bold markers
	 * dropped.
	 * @param text the text
	 * @return the folded text with its index map
	 */
	static Folded fold(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		int[] idx = new int[text.length() + 1];
		int n = 0;
		boolean lastSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '*') {
				continue;
			}
			String out;
			if (c == '-' || c == '–' || c == '—' || c == '‑' || Character.isWhitespace(c) || c == '\u00a0') {
				if (lastSpace) {
					continue;
				}
				out = " ";
				lastSpace = true;
			}
			else {
				lastSpace = false;
				if (c == '’' || c == 'ʼ' || c == '`') {
					out = "'";
				}
				else if (c == 'œ' || c == 'Œ') {
					out = "o";
				}
				else {
					out = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
						.replaceAll("")
						.toLowerCase(Locale.ROOT);
					if (out.length() != 1) {
						out = (out.isEmpty()) ? " " : out.substring(0, 1);
					}
				}
			}
			sb.append(out);
			idx[n++] = i;
		}
		return new Folded(sb.toString(), Arrays.copyOf(idx, Math.max(n, 1)));
	}

}
