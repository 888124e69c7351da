package fr.metrograph.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Resolves the body names written in expectations to reference ids, read directly from
 * {@code metropolises.csv} and {@code organizations.csv} (id, name, short name and
 * aliases), independently of the extractor's own resolution. A name matches when its
 * folded words equal those of one of a body's names.
 */
final class ReferenceNames {

	private final Map<String, String> metropolises;

	private final Map<String, String> organizations;

	private ReferenceNames(Map<String, String> metropolises, Map<String, String> organizations) {
		this.metropolises = metropolises;
		this.organizations = organizations;
	}

	/** Reads the two lists from a reference folder. */
	static ReferenceNames load(Path dir) {
		return new ReferenceNames(read(dir.resolve("metropolises.csv"), "shortName"),
				read(dir.resolve("organizations.csv"), null));
	}

	/** Builds the look-ups from given names (for tests): id → names. */
	static ReferenceNames of(Map<String, java.util.List<String>> metropolises,
			Map<String, java.util.List<String>> organizations) {
		return new ReferenceNames(index(metropolises), index(organizations));
	}

	/** The reference id of a metropolis name, if it is one. */
	Optional<String> metropolis(String name) {
		return Optional.ofNullable(this.metropolises.get(Names.words(name)));
	}

	/** The reference id of an organisation name, if it is one. */
	Optional<String> organization(String name) {
		return Optional.ofNullable(this.organizations.get(Names.words(name)));
	}

	/**
	 * The comparable key of a body named in an expectation: {@code c:<city>} for "Ville
	 * de X" and the like, {@code m:<id>} for a metropolis, {@code o:<id or slug>} for an
	 * organisation; null for null.
	 */
	String bodyKey(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		if (Names.isCommuneName(body)) {
			return "c:" + Names.cityKey(body);
		}
		Optional<String> metropolis = metropolis(body);
		if (metropolis.isPresent()) {
			return "m:" + metropolis.get();
		}
		return "o:" + organization(body).orElse(Names.slug(body));
	}

	private static Map<String, String> index(Map<String, java.util.List<String>> names) {
		Map<String, String> index = new HashMap<>();
		names.forEach((id, list) -> {
			index.putIfAbsent(Names.words(id), id);
			list.forEach((n) -> index.putIfAbsent(Names.words(n), id));
		});
		return index;
	}

	private static Map<String, String> read(Path csv, String shortNameColumn) {
		Map<String, String> index = new HashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				String id = row.get("id");
				index.putIfAbsent(Names.words(id), id);
				index.putIfAbsent(Names.words(row.get("name")), id);
				if (shortNameColumn != null) {
					index.putIfAbsent(Names.words(row.get(shortNameColumn)), id);
				}
				for (String alias : row.get("aliases").split("\\|")) {
					if (!alias.isBlank()) {
						index.putIfAbsent(Names.words(alias), id);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + csv, ex);
		}
		return index;
	}

}
