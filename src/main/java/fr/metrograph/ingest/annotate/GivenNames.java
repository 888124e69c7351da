package fr.metrograph.ingest.annotate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import fr.metrograph.graph.Slugs;

/**
 * The gazetteer of given names in use in France ({@code data/reference/given-names.csv},
 * see its README for origin and licence). A prose mention the named-entity recogniser
 * tags as a person is kept when its first word is a given name (or when a title, a role
 * or an honorific says it is a person).
 */
public final class GivenNames {

	/** The file's name in the reference folder. */
	public static final String FILE = "given-names.csv";

	private final Set<String> folded;

	/**
	 * @param names given names as written (case and accents are ignored)
	 */
	public GivenNames(Set<String> names) {
		Set<String> f = new HashSet<>();
		for (String n : names) {
			f.add(Slugs.fold(n.strip()));
		}
		this.folded = Set.copyOf(f);
	}

	/**
	 * Reads the list from a reference folder.
	 * @param referenceDir the folder holding {@value #FILE}
	 * @return the gazetteer
	 * @throws IOException when the file cannot be read
	 */
	public static GivenNames load(Path referenceDir) throws IOException {
		Set<String> names = new HashSet<>();
		try (Reader in = Files.newBufferedReader(referenceDir.resolve(FILE), StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				String name = r.get("name");
				if (!name.isBlank()) {
					names.add(name);
				}
			}
		}
		return new GivenNames(names);
	}

	/**
	 * @param word a word as written ("Gaëlle", "ANNE-SOPHIE", "Jean-Marie")
	 * @return whether it is a known given name, or a hyphenated compound whose first or
	 * second part is one
	 */
	public boolean isKnown(String word) {
		String f = Slugs.fold(word.strip());
		if (this.folded.contains(f)) {
			return true;
		}
		int dash = f.indexOf('-');
		return dash > 0 && (this.folded.contains(f.substring(0, dash)) || this.folded.contains(f.substring(dash + 1)));
	}

	/**
	 * @return how many names the list holds
	 */
	public int size() {
		return this.folded.size();
	}

}
