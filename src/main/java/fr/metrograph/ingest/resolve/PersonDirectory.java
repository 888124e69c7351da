package fr.metrograph.ingest.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metrograph.ingest.model.PersonNames;
import fr.metrograph.ingest.model.Evidence;
import fr.metrograph.ingest.model.Facts.Conflict;
import fr.metrograph.ingest.model.Facts.PersonMention;

/**
 * The people already in the graph, for resolving the people of a new document against
 * them. A mention is the same person as a known one when (in this order): the curators
 * split its name off into another person; the curators merged or aliased the spelling;
 * the normalised name keys are equal; or {@link PersonNames#likelySame} holds, both have
 * an affiliation in common, and the curators did not keep the names apart. Then an id the
 * curators merged into another becomes that one, and a renamed person takes its curated
 * name. Fuzzy matches are recorded as conflicts so a curator can review them. Not
 * thread-safe: one ingest run uses one directory.
 * <p>
 * Cost: exact matches are one hash look-up; fuzzy candidates are blocked on (affiliation,
 * first word of the normalised name), the two things a fuzzy match requires, so a mention
 * is compared with the few people of its block, not with everyone (a 200,000 people sheet
 * was quadratic). Among several fuzzy matches the earliest known person wins, as a full
 * scan in insertion order would decide.
 */
public class PersonDirectory {

	/** A known person; {@code seq} is the order in which it became known. */
	record Known(int seq, String id, String name, Set<String> keys, Set<String> affiliations) {
	}

	/**
	 * Where a mention was resolved to, the conflict to record if it was not exact, and
	 * the corrections that decided it.
	 */
	record Resolution(String id, String name, Conflict conflict, List<String> corrections) {

		Resolution(String id, String name, Conflict conflict) {
			this(id, name, conflict, List.of());
		}

	}

	private final Map<String, Known> byKey = new HashMap<>();

	private final Map<String, Known> byId = new HashMap<>();

	/** Fuzzy-match candidates by affiliation and first word of the name's key. */
	private final Map<String, List<Known>> blocks = new HashMap<>();

	private final Curation curation;

	private final CuratedPeople curated;

	public PersonDirectory(Curation curation) {
		this.curation = curation;
		this.curated = new CuratedPeople(curation);
	}

	public void add(String id, String name, List<String> aliases, List<String> affiliations) {
		Known known = this.byId.get(id);
		if (known == null) {
			known = new Known(this.byId.size(), id, name, new LinkedHashSet<>(), new LinkedHashSet<>());
			this.byId.put(id, known);
		}
		known.keys().add(key(name));
		for (String alias : aliases) {
			known.keys().add(key(alias));
		}
		for (String affiliation : affiliations) {
			if (known.affiliations().add(affiliation)) {
				this.blocks.computeIfAbsent(block(affiliation, known.name()), (k) -> new ArrayList<>()).add(known);
			}
		}
		for (String key : known.keys()) {
			this.byKey.putIfAbsent(key, known);
		}
	}

	/** Resolves a mention; afterwards the directory knows it. */
	Resolution resolve(PersonMention mention) {
		Resolution found = find(mention);
		List<String> corrections = new ArrayList<>(found.corrections());
		String id = found.id();
		String name = found.name();
		CuratedPeople.Target redirect = this.curated.redirect(id);
		if (redirect != null) {
			id = redirect.id();
			name = (redirect.name() != null) ? redirect.name() : name;
			corrections.add(redirect.correction());
		}
		CuratedPeople.Target rename = this.curated.rename(id);
		if (rename != null) {
			name = rename.name();
			corrections.add(rename.correction());
		}
		register(id, name, mention);
		corrections.removeIf(java.util.Objects::isNull);
		return new Resolution(id, name, found.conflict(), List.copyOf(new LinkedHashSet<>(corrections)));
	}

	private Resolution find(PersonMention mention) {
		CuratedPeople.Target split = this.curated.splitOfKey(key(mention.name()));
		if (split != null) {
			return new Resolution(split.id(), split.name(), null, List.of(split.correction()));
		}
		CuratedPeople.Target spelling = curatedSpelling(mention);
		if (spelling != null) {
			Known known = this.byId.get(spelling.id());
			String name = (spelling.name() != null) ? spelling.name() : (known != null) ? known.name() : mention.name();
			List<String> corrections = new ArrayList<>();
			corrections.add(spelling.correction());
			return new Resolution(spelling.id(), name, null, corrections);
		}
		Known exact = exactMatch(mention);
		if (exact != null) {
			return new Resolution(exact.id(), exact.name(), null);
		}
		Known fuzzy = null;
		if (mention.affiliationId() != null) {
			for (Known known : this.blocks.getOrDefault(block(mention.affiliationId(), mention.name()), List.of())) {
				if ((fuzzy == null || known.seq() < fuzzy.seq()) && fuzzyMatch(known, mention)) {
					fuzzy = known;
				}
			}
		}
		if (fuzzy != null) {
			Conflict conflict = new Conflict("name_variant", fuzzy.id(),
					"« " + mention.name() + " » ressemble à « " + fuzzy.name()
							+ " », déjà connu·e d'un autre document, avec la même affiliation.",
					"Rapproché·es comme une seule personne (" + fuzzy.name()
							+ "). Pour les séparer : « Séparer » sur la page de la personne ou dans « À vérifier ».",
					mention.evidence());
			return new Resolution(fuzzy.id(), fuzzy.name(), conflict);
		}
		return new Resolution(mention.id(), mention.name(), null);
	}

	private CuratedPeople.Target curatedSpelling(PersonMention mention) {
		CuratedPeople.Target target = this.curated.spellingOfKey(key(mention.name()));
		if (target != null) {
			return target;
		}
		for (String variant : mention.variants()) {
			target = this.curated.spellingOfKey(key(variant));
			if (target != null) {
				return target;
			}
		}
		return null;
	}

	private Known exactMatch(PersonMention mention) {
		Known known = this.byKey.get(key(mention.name()));
		if (known != null && !this.curation.keptApart(known.name(), mention.name())) {
			return known;
		}
		return null;
	}

	private String block(String affiliation, String name) {
		String key = key(name);
		int space = key.indexOf(' ');
		return affiliation + "|" + ((space < 0) ? key : key.substring(0, space));
	}

	/**
	 * Names normalised once ({@link PersonNames#key} runs a few regular expressions): a
	 * mention of a large sheet is compared with every person of its block, and its name
	 * is looked up in the curation, the exact keys and the blocks.
	 */
	private final Map<String, String> nameKeys = new HashMap<>();

	private String key(String name) {
		return this.nameKeys.computeIfAbsent(name, PersonNames::key);
	}

	private boolean fuzzyMatch(Known known, PersonMention mention) {
		if (mention.affiliationId() == null || !known.affiliations().contains(mention.affiliationId())) {
			return false;
		}
		// The curators' list last: it normalises both names again for each candidate, and
		// most candidates of a block are not close spellings at all.
		return PersonNames.likelySameKeys(key(known.name()), key(mention.name()))
				&& !this.curation.keptApart(known.name(), mention.name());
	}

	private void register(String id, String name, PersonMention mention) {
		List<String> affiliations = (mention.affiliationId() != null) ? List.of(mention.affiliationId()) : List.of();
		add(id, name, mention.variants(), affiliations);
	}

	/** The curators' decisions about people this directory applies. */
	CuratedPeople curated() {
		return this.curated;
	}

	/** Evidence-free helper for tests. */
	static PersonMention mention(String name, String affiliation) {
		return new PersonMention(PersonNames.id(PersonNames.displayName(name)), PersonNames.displayName(name),
				List.of(name), affiliation, Evidence.of(name, 1));
	}

}
