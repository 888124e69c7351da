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
 * The curators' reviewed corrections: the hand-written file ({@code data/curation.yml}:
 * document years, people to merge or keep apart) and the folder of corrections made from
 * the dashboard or the API ({@code data/curation/}, one {@link Correction} per file).
 * Loaded once per ingest run; its hash (of the hand-written file and of the corrections
 * in force) is part of every document's fingerprint, so a change reloads the documents at
 * the next start, and the service reloads the affected ones at once.
 *
 * @param documents year fixes per file and part
 * @param people merges, splits and aliases of people
 * @param hash SHA-256 of the file (empty when there is no file)
 * @param corrections the corrections of the folder, in force or undone, oldest first
 */
public record Curation(List<DocumentFix> documents, PeopleCuration people, String hash, List<Correction> corrections) {

	public Curation {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
		people = (people != null) ? people : new PeopleCuration(List.of(), List.of());
		hash = (hash != null) ? hash : "";
		corrections = (corrections != null) ? List.copyOf(corrections) : List.of();
	}

	public Curation(List<DocumentFix> documents, PeopleCuration people, String hash) {
		this(documents, people, hash, List.of());
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

	/** Reads the hand-written curation file only; a missing file means no curation. */
	public static Curation load(Path file) {
		return load(file, null);
	}

	/**
	 * Reads the hand-written curation file and the folder of corrections; a missing file
	 * or folder means none.
	 * @param file the hand-written file ({@code data/curation.yml})
	 * @param folder the corrections' folder ({@code data/curation}), or null
	 */
	public static Curation load(Path file, Path folder) {
		List<Correction> corrections = (folder != null) ? CorrectionFiles.readAll(folder) : List.of();
		if (!Files.isRegularFile(file)) {
			return new Curation(List.of(), null, hashOf(new byte[0], corrections), corrections);
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			ObjectMapper mapper = YAMLMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build();
			Curation parsed = mapper.readValue(bytes, Curation.class);
			Curation legacy = (parsed != null) ? parsed : none();
			return new Curation(legacy.documents(), legacy.people(), hashOf(bytes, corrections), corrections);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the curation file " + file, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Fichier de curation invalide (" + file + ") : " + ex.getMessage(), ex);
		}
	}

	/**
	 * The hand-written file's hash alone when there is no correction in force (so that
	 * documents loaded before the folder existed keep their fingerprint), else that and
	 * the corrections in force: undoing one, or an upload recorded in the journal, does
	 * not reload every document at the next start.
	 */
	private static String hashOf(byte[] legacy, List<Correction> corrections) {
		List<Correction> active = corrections.stream().filter(Correction::active).toList();
		if (active.isEmpty()) {
			return (legacy.length == 0) ? "" : DocumentReader.sha256(legacy);
		}
		StringBuilder material = new StringBuilder(DocumentReader.sha256(legacy));
		active.stream()
			.sorted(java.util.Comparator.comparing(Correction::id))
			.forEach((c) -> material.append('\n').append(c.material()));
		return DocumentReader.sha256(material.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The corrections in force, oldest first. */
	public List<Correction> active() {
		return this.corrections.stream().filter(Correction::active).toList();
	}

	/** The corrections in force of one action, oldest first. */
	public List<Correction> active(Correction.Action action) {
		return this.corrections.stream().filter((c) -> c.active() && c.kindOfAction() == action).toList();
	}

	/** The curator's year for a document, by 1-based part, for one file name. */
	public Map<Integer, Integer> yearsFor(String fileName) {
		Map<Integer, Integer> years = new HashMap<>();
		for (DocumentFix fix : this.documents) {
			if (fix.file() != null && (fix.file().equals(fileName) || fix.file().endsWith("/" + fileName))) {
				years.put((fix.part() != null) ? fix.part() : 1, fix.year());
			}
		}
		for (Correction fix : active(Correction.Action.DOCUMENT_YEAR)) {
			if (fix.file() != null && (fix.file().equals(fileName) || fix.file().endsWith("/" + fileName))) {
				years.put((fix.part() != null) ? fix.part() : 1, Integer.parseInt(fix.value()));
			}
		}
		return years;
	}

	/**
	 * Name key → canonical display name, for every spelling the hand-written file merges.
	 */
	public Map<String, String> mergedNames() {
		Map<String, String> result = new HashMap<>();
		for (Merge merge : this.people.merge()) {
			result.put(PersonNames.key(merge.name()), merge.name());
			merge.variants().forEach((variant) -> result.put(PersonNames.key(variant), merge.name()));
		}
		return result;
	}

	/** Whether the curators said these two names are different people. */
	public boolean keptApart(String a, String b) {
		String ka = PersonNames.key(a);
		String kb = PersonNames.key(b);
		List<List<String>> groups = new java.util.ArrayList<>(this.people.distinct());
		active(Correction.Action.KEEP_APART).forEach((c) -> groups.add(c.spellings()));
		for (Correction split : active(Correction.Action.SPLIT_PERSON)) {
			List<String> group = new java.util.ArrayList<>(split.spellings());
			if (split.name() != null) {
				group.add(split.name());
			}
			for (String kept : splitOriginalNames(split)) {
				List<String> pair = new java.util.ArrayList<>(group);
				pair.add(kept);
				groups.add(pair);
			}
		}
		for (List<String> group : groups) {
			Set<String> keys = new java.util.HashSet<>();
			group.forEach((name) -> keys.add(PersonNames.key(name)));
			if (keys.contains(ka) && keys.contains(kb) && !ka.equals(kb)) {
				return true;
			}
		}
		return false;
	}

	/** The names a split keeps on the original person. */
	private static List<String> splitOriginalNames(Correction split) {
		return split.others();
	}

}
