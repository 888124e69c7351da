package fr.metrograph.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The communes of the metropolises and territories of the reference list
 * ({@code communes.csv}: name, INSEE code, metropolis id; from the Etalab "découpage
 * administratif", see {@code data/reference/README.md}). Finds their names written in a
 * text, in their own spelling and case ("La Seyne-sur-Mer", "Le Pré-Saint-Gervais"):
 * whether a name is a commune there is for the caller to judge from its context.
 */
public final class CommuneGazetteer {

	/** The file in the reference folder. */
	public static final String FILE = "communes.csv";

	/** A commune of the list. */
	public record CommuneRef(String name, String insee, String metropolisId) {
	}

	/** A commune's name found in a text. */
	public record Found(CommuneRef commune, int start, int end) {
	}

	private static final CommuneGazetteer EMPTY = new CommuneGazetteer(List.of());

	private final Map<String, CommuneRef> byName = new LinkedHashMap<>();

	private final Pattern names;

	/** "Pradet" after "du"/"au", "Lilas" after "des"/"aux": "Le Pradet", "Les Lilas". */
	private final Map<String, CommuneRef> contractedNames = new LinkedHashMap<>();

	private final Pattern contracted;

	CommuneGazetteer(List<CommuneRef> communes) {
		List<String> alternatives = new ArrayList<>();
		for (CommuneRef c : communes) {
			if (this.byName.putIfAbsent(c.name(), c) == null) {
				alternatives.add(c.name());
			}
		}
		for (CommuneRef c : communes) {
			if (c.name().startsWith("Le ") || c.name().startsWith("Les ")) {
				this.contractedNames.putIfAbsent(c.name().substring(c.name().indexOf(' ') + 1), c);
			}
		}
		// every name starts with a capital: the alternatives are tried only there
		this.names = alternation("(?<![\\p{L}\\p{N}'’-])(?=\\p{Lu})", alternatives);
		this.contracted = alternation("(?<=\\b(?:[Dd]u|[Aa]u|[Dd]es|[Aa]ux)\\s)(?=\\p{Lu})",
				new ArrayList<>(this.contractedNames.keySet()));
	}

	private static Pattern alternation(String before, List<String> names) {
		if (names.isEmpty()) {
			return null;
		}
		// longest first: "Saint-Martin-d'Hères" before "Saint-Martin"
		names.sort(Comparator.comparingInt(String::length).reversed());
		return Pattern.compile(before + "(?:" + String.join("|", names.stream().map(Pattern::quote).toList())
				+ ")(?![\\p{L}\\p{N}-])");
	}

	/** No commune at all (a reference folder without the file). */
	public static CommuneGazetteer empty() {
		return EMPTY;
	}

	/**
	 * Loads {@value #FILE} from the reference folder, or nothing when the folder has
	 * none.
	 * @param dir the reference folder
	 * @return the gazetteer
	 * @throws IOException when the file exists but cannot be read
	 */
	public static CommuneGazetteer load(Path dir) throws IOException {
		Path file = dir.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return EMPTY;
		}
		List<CommuneRef> communes = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				communes
					.add(new CommuneRef(r.get("name").strip(), r.get("insee").strip(), r.get("metropolis").strip()));
			}
		}
		return new CommuneGazetteer(communes);
	}

	/**
	 * @param name a commune's name, as written in the list
	 * @return the commune, if listed
	 */
	public Optional<CommuneRef> named(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * @param text any text
	 * @return every listed commune name written in it (same case), in text order
	 */
	public List<Found> find(String text) {
		List<Found> out = new ArrayList<>();
		if (this.names == null) {
			return out;
		}
		Matcher m = this.names.matcher(text);
		while (m.find()) {
			out.add(new Found(this.byName.get(m.group()), m.start(), m.end()));
		}
		if (this.contracted != null) {
			Matcher c = this.contracted.matcher(text);
			while (c.find()) {
				out.add(new Found(this.contractedNames.get(c.group()), c.start(), c.end()));
			}
			out.sort(Comparator.comparingInt(Found::start));
		}
		return out;
	}

	/** How many communes the list holds. */
	public int size() {
		return this.byName.size();
	}

}
