package fr.metrograph.ingest.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import fr.metrograph.ingest.model.PersonNames;
import fr.metrograph.ingest.read.DocumentReader;

/**
 * The curator's reviewed corrections ({@code data/curation.yml}): document years, people
 * to merge or keep apart, extra spellings. Loaded once per ingest run; its hash is part
 * of every document's fingerprint, so editing it reloads the documents it may affect.
 *
 * @param documents year fixes per file and part
 * @param people merges, splits and aliases of people
 * @param hash SHA-256 of the file (empty when there is no file)
 */
public record Curation(List<DocumentFix> documents, PeopleCuration people, String hash) {

	public Curation {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
		people = (people != null) ? people : new PeopleCuration(List.of(), List.of());
		hash = (hash != null) ? hash : "";
	}

	/**
	 * A curator's fix of a document's year.
	 *
	 * @param file the file name (or a path ending with it)
	 * @param part the 1-based document inside the file (default 1)
	 * @param year the year to use
	 * @param note why, in French (shown with the conflict)
	 */
	public record DocumentFix(String file, Integer part, int year, String note) {
	}

	/**
	 * People corrections.
	 *
	 * @param merge each entry names one person and the spellings that are the same person
	 * @param distinct groups of names that must never be merged
	 */
	public record PeopleCuration(List<Merge> merge, List<List<String>> distinct) {

		public PeopleCuration {
			merge = (merge != null) ? List.copyOf(merge) : List.of();
			distinct = (distinct != null) ? List.copyOf(distinct) : List.of();
		}

	}

	/**
	 * One person and their other spellings.
	 *
	 * @param name the canonical display name
	 * @param variants other spellings of the same person
	 * @param note why, in French
	 */
	public record Merge(String name, List<String> variants, String note) {

		public Merge {
			variants = (variants != null) ? List.copyOf(variants) : List.of();
		}

	}

	/** No curation at all. */
	public static Curation none() {
		return new Curation(List.of(), null, "");
	}

	/** Reads the curation file; a missing file means no curation. */
	public static Curation load(Path file) {
		if (!Files.isRegularFile(file)) {
			return none();
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			ObjectMapper mapper = YAMLMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build();
			Curation parsed = mapper.readValue(bytes, Curation.class);
			return new Curation(parsed.documents(), parsed.people(), DocumentReader.sha256(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the curation file " + file, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Fichier de curation invalide (" + file + ") : " + ex.getMessage(), ex);
		}
	}

	/** The curator's year for a document, by 1-based part, for one file name. */
	public Map<Integer, Integer> yearsFor(String fileName) {
		Map<Integer, Integer> years = new HashMap<>();
		for (DocumentFix fix : this.documents) {
			if (fix.file() != null && (fix.file().equals(fileName) || fix.file().endsWith("/" + fileName))) {
				years.put((fix.part() != null) ? fix.part() : 1, fix.year());
			}
		}
		return years;
	}

	/** Name key → canonical display name, for every curated spelling. */
	public Map<String, String> mergedNames() {
		Map<String, String> result = new HashMap<>();
		for (Merge merge : this.people.merge()) {
			result.put(PersonNames.key(merge.name()), merge.name());
			merge.variants().forEach((variant) -> result.put(PersonNames.key(variant), merge.name()));
		}
		return result;
	}

	/** Whether the curator said these two names are different people. */
	public boolean keptApart(String a, String b) {
		String ka = PersonNames.key(a);
		String kb = PersonNames.key(b);
		for (List<String> group : this.people.distinct()) {
			Set<String> keys = new java.util.HashSet<>();
			group.forEach((name) -> keys.add(PersonNames.key(name)));
			if (keys.contains(ka) && keys.contains(kb)) {
				return true;
			}
		}
		return false;
	}

}
