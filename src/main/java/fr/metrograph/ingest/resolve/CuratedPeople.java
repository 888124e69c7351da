package fr.metrograph.ingest.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.metrograph.ingest.model.PersonNames;

/**
 * The curators' decisions about people, indexed for resolution: which spellings are whom
 * (merges and aliases, of the hand-written file and of the corrections), which spellings
 * were split off into another person, which ids were merged into another, and which
 * people are displayed under another name.
 */
final class CuratedPeople {

	/**
	 * Where a curated decision sends a mention.
	 *
	 * @param id the person's id
	 * @param name the display name, or null to keep the person's
	 * @param correction the id of the correction that decided it, or null for the
	 * hand-written file
	 */
	record Target(String id, String name, String correction) {
	}

	private final Map<String, Target> bySpelling = new HashMap<>();

	private final Map<String, Target> splits = new HashMap<>();

	private final Map<String, Target> redirects = new HashMap<>();

	private final Map<String, Target> renames = new HashMap<>();

	private final Map<String, List<Target>> aliases = new HashMap<>();

	CuratedPeople(Curation curation) {
		curation.mergedNames()
			.forEach((key, name) -> this.bySpelling.put(key, new Target(PersonNames.id(name), name, null)));
		for (Correction c : curation.active()) {
			switch (c.kindOfAction()) {
				case MERGE_PEOPLE -> {
					Target target = new Target(c.person(), c.name(), c.id());
					c.spellings().forEach((spelling) -> this.bySpelling.put(PersonNames.key(spelling), target));
					c.others().forEach((other) -> this.redirects.put(other, target));
				}
				case ALIAS_PERSON -> {
					Target target = new Target(c.person(), null, c.id());
					c.spellings().forEach((spelling) -> {
						this.bySpelling.put(PersonNames.key(spelling), target);
						this.aliases.computeIfAbsent(c.person(), (k) -> new ArrayList<>())
							.add(new Target(c.person(), spelling, c.id()));
					});
				}
				case SPLIT_PERSON -> {
					String name = (c.name() != null) ? c.name() : PersonNames.displayName(c.spellings().get(0));
					Target target = new Target(PersonNames.id(name), name, c.id());
					c.spellings().forEach((spelling) -> this.splits.put(PersonNames.key(spelling), target));
					this.splits.put(PersonNames.key(name), target);
				}
				case RENAME_PERSON -> this.renames.put(c.person(), new Target(c.person(), c.name(), c.id()));
				default -> {
				}
			}
		}
	}

	/**
	 * A split-off person this name (as the mention's own name, normalised by
	 * {@link PersonNames#key}) belongs to, or null.
	 */
	Target splitOfKey(String key) {
		return this.splits.get(key);
	}

	/**
	 * The curated person of a spelling normalised by {@link PersonNames#key}, or null.
	 */
	Target spellingOfKey(String key) {
		return this.bySpelling.get(key);
	}

	/** The person an id was merged into, or null. */
	Target redirect(String id) {
		return this.redirects.get(id);
	}

	/** The curated display name of a person, or null. */
	Target rename(String id) {
		return this.renames.get(id);
	}

	/** The curated extra spellings of a person. */
	List<Target> aliases(String id) {
		return this.aliases.getOrDefault(id, List.of());
	}

	/** Every person renamed, by id. */
	Map<String, Target> renames() {
		return this.renames;
	}

}
