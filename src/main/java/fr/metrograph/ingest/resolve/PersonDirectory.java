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
 * them. A mention is the same person as a known one when (in this order): the curator
 * merged the spellings; the normalised name keys are equal; or
 * {@link PersonNames#likelySame} holds, both have an affiliation in common, and the
 * curator did not keep the names apart. Fuzzy matches are recorded as conflicts so a
 * curator can review them. Not thread-safe: one ingest run uses one directory.
 */
public class PersonDirectory {

	/** A known person. */
	record Known(String id, String name, Set<String> keys, Set<String> affiliations) {
	}

	/**
	 * Where a mention was resolved to, and the conflict to record if it was not exact.
	 */
	record Resolution(String id, String name, Conflict conflict) {
	}

	private final Map<String, Known> byKey = new HashMap<>();

	private final Map<String, Known> byId = new HashMap<>();

	private final List<Known> all = new ArrayList<>();

	private final Curation curation;

	private final Map<String, String> curatedNames;

	public PersonDirectory(Curation curation) {
		this.curation = curation;
		this.curatedNames = curation.mergedNames();
	}

	public void add(String id, String name, List<String> aliases, List<String> affiliations) {
		Known known = this.byId.get(id);
		if (known == null) {
			known = new Known(id, name, new LinkedHashSet<>(), new LinkedHashSet<>());
			this.byId.put(id, known);
			this.all.add(known);
		}
		known.keys().add(PersonNames.key(name));
		for (String alias : aliases) {
			known.keys().add(PersonNames.key(alias));
		}
		known.affiliations().addAll(affiliations);
		for (String key : known.keys()) {
			this.byKey.putIfAbsent(key, known);
		}
	}

	/** Resolves a mention; afterwards the directory knows it. */
	Resolution resolve(PersonMention mention) {
		String curated = curatedName(mention);
		if (curated != null) {
			String id = PersonNames.id(curated);
			register(id, curated, mention);
			return new Resolution(id, curated, null);
		}
		Known exact = exactMatch(mention);
		if (exact != null) {
			register(exact.id(), exact.name(), mention);
			return new Resolution(exact.id(), exact.name(), null);
		}
		for (Known known : this.all) {
			if (fuzzyMatch(known, mention)) {
				register(known.id(), known.name(), mention);
				Conflict conflict = new Conflict("name_variant", known.id(),
						"« " + mention.name() + " » ressemble à « " + known.name()
								+ " », déjà connu·e d'un autre document, avec la même affiliation.",
						"Rapproché·es comme une seule personne (" + known.name()
								+ "). Pour les séparer, ajoutez-les à people.distinct dans data/curation.yml.",
						mention.evidence());
				return new Resolution(known.id(), known.name(), conflict);
			}
		}
		register(mention.id(), mention.name(), mention);
		return new Resolution(mention.id(), mention.name(), null);
	}

	private String curatedName(PersonMention mention) {
		String name = this.curatedNames.get(PersonNames.key(mention.name()));
		if (name != null) {
			return name;
		}
		for (String variant : mention.variants()) {
			name = this.curatedNames.get(PersonNames.key(variant));
			if (name != null) {
				return name;
			}
		}
		return null;
	}

	private Known exactMatch(PersonMention mention) {
		Known known = this.byKey.get(PersonNames.key(mention.name()));
		if (known != null && !this.curation.keptApart(known.name(), mention.name())) {
			return known;
		}
		return null;
	}

	private boolean fuzzyMatch(Known known, PersonMention mention) {
		if (mention.affiliationId() == null || !known.affiliations().contains(mention.affiliationId())) {
			return false;
		}
		if (this.curation.keptApart(known.name(), mention.name())) {
			return false;
		}
		return PersonNames.likelySame(known.name(), mention.name());
	}

	private void register(String id, String name, PersonMention mention) {
		List<String> affiliations = (mention.affiliationId() != null) ? List.of(mention.affiliationId()) : List.of();
		add(id, name, mention.variants(), affiliations);
	}

	/** Evidence-free helper for tests. */
	static PersonMention mention(String name, String affiliation) {
		return new PersonMention(PersonNames.id(PersonNames.displayName(name)), PersonNames.displayName(name),
				List.of(name), affiliation, Evidence.of(name, 1));
	}

}
