package fr.metrograph.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metrograph.evaluation.DocumentScore.MeetingDetails;
import fr.metrograph.evaluation.GoldDocument.GoldPerson;

/**
 * Compares what the extractor found in one document with what a reader expects, entity
 * type by entity type. Every comparison is a one-to-one matching: an entity found twice
 * (two nodes for one person) counts once as right and once as a false positive.
 * <ul>
 * <li><b>People</b>: a found person matches an expected one when their canonical names
 * have the same key (folded words in any order, honorifics dropped), else when any of the
 * found person's forms (name, variants) has the key of any expected form (name,
 * variants): "Mme Troadec" and "TROADEC Gaëlle" are Gaëlle Troadec.</li>
 * <li><b>Metropolises</b>: reference ids; an expected name resolves through the reference
 * lists. A commune taken for its metropolis is a false positive.</li>
 * <li><b>Organisations</b>: by reference id or slug of the name; optional ones count
 * neither way. <b>Communes</b> by city name, only when the expectation lists them.</li>
 * <li><b>Meetings</b>: a found meeting matches an expected one when its start date is the
 * expected day (or falls in the expected month when only the month is known). Titles are
 * never required to match; among several candidates on the same date, the pair whose
 * titles share the most words wins. A meeting found without a date is a false
 * positive.</li>
 * <li><b>Roles</b>: a found role matches an expected one when its person is the matched
 * expected person, its body is the expected body (not checked when the text names none)
 * and its title has the same head, loosely ("Vice-présidente participation citoyenne" and
 * "vice-présidente de Rennes Métropole …" both start with {@code vice president}).</li>
 * </ul>
 * Cost: quadratic in the number of entities of one document (a few dozen).
 */
final class DocumentScorer {

	private final ReferenceNames reference;

	DocumentScorer(ReferenceNames reference) {
		this.reference = reference;
	}

	DocumentScore score(GoldDocument gold, Extraction found, String readError) {
		Map<EntityType, Tally> tallies = new EnumMap<>(EntityType.class);
		Map<EntityType, List<String>> missed = new EnumMap<>(EntityType.class);
		Map<EntityType, List<String>> spurious = new EnumMap<>(EntityType.class);
		int[] personMatch = people(gold, found, tallies, missed, spurious);
		metropolises(gold, found, tallies, missed, spurious);
		organizations(gold, found, tallies, missed, spurious);
		if (gold.communes() != null) {
			communes(gold, found, tallies, missed, spurious);
		}
		MeetingDetails details = MeetingMatching.match(gold, found, tallies, missed, spurious);
		new RoleMatching(this.reference).match(gold, found, personMatch, tallies, missed, spurious);
		List<String> invented = gold.people().isEmpty() ? found.people().stream().map(Extraction.Person::name).toList()
				: List.of();
		return new DocumentScore(gold, tallies, missed, spurious, found.year(), found.kind(), invented, details,
				readError);
	}

	/**
	 * Matches people; returns, for each found person, the index of its expected person or
	 * -1.
	 */
	private int[] people(GoldDocument gold, Extraction found, Map<EntityType, Tally> tallies,
			Map<EntityType, List<String>> missed, Map<EntityType, List<String>> spurious) {
		List<GoldPerson> expected = gold.people();
		List<Extraction.Person> people = found.people();
		int[] match = new int[people.size()];
		Arrays.fill(match, -1);
		boolean[] taken = new boolean[expected.size()];
		for (int e = 0; e < people.size(); e++) {
			String key = Names.personKey(people.get(e).name());
			for (int g = 0; g < expected.size() && key != null; g++) {
				if (!taken[g] && key.equals(Names.personKey(expected.get(g).name()))) {
					match[e] = g;
					taken[g] = true;
					break;
				}
			}
		}
		for (int e = 0; e < people.size(); e++) {
			if (match[e] >= 0) {
				continue;
			}
			Set<String> keys = keys(people.get(e).name(), people.get(e).variants());
			for (int g = 0; g < expected.size(); g++) {
				if (!taken[g] && intersects(keys, keys(expected.get(g).name(), expected.get(g).variants()))) {
					match[e] = g;
					taken[g] = true;
					break;
				}
			}
		}
		List<String> wrong = new ArrayList<>();
		for (int e = 0; e < people.size(); e++) {
			if (match[e] < 0) {
				wrong.add(people.get(e).name() + duplicateOf(people.get(e), expected));
			}
		}
		List<String> notFound = new ArrayList<>();
		for (int g = 0; g < expected.size(); g++) {
			if (!taken[g]) {
				notFound.add(expected.get(g).name());
			}
		}
		record(EntityType.PEOPLE, expected.size() - notFound.size(), wrong, notFound, tallies, missed, spurious);
		return match;
	}

	private static String duplicateOf(Extraction.Person person, List<GoldPerson> expected) {
		Set<String> keys = keys(person.name(), person.variants());
		return expected.stream()
			.filter((g) -> intersects(keys, keys(g.name(), g.variants())))
			.findFirst()
			.map((g) -> " (doublon de " + g.name() + ")")
			.orElse("");
	}

	private void metropolises(GoldDocument gold, Extraction found, Map<EntityType, Tally> tallies,
			Map<EntityType, List<String>> missed, Map<EntityType, List<String>> spurious) {
		Set<String> expected = new LinkedHashSet<>();
		for (String name : gold.metropolises()) {
			expected.add(this.reference.metropolis(name).orElse("?" + name));
		}
		Set<String> got = new LinkedHashSet<>(found.metropolises());
		List<String> wrong = got.stream().filter((id) -> !expected.contains(id)).toList();
		List<String> notFound = expected.stream().filter((id) -> !got.contains(id)).toList();
		record(EntityType.METROPOLISES, expected.size() - notFound.size(), wrong, notFound, tallies, missed, spurious);
	}

	private void organizations(GoldDocument gold, Extraction found, Map<EntityType, Tally> tallies,
			Map<EntityType, List<String>> missed, Map<EntityType, List<String>> spurious) {
		List<Set<String>> expected = gold.organizations().stream().map(this::organizationKeys).toList();
		Set<String> optional = new HashSet<>();
		gold.optionalOrganizations().forEach((o) -> optional.addAll(organizationKeys(o)));
		List<Set<String>> got = found.organizations()
			.stream()
			.map((o) -> union(organizationKeys(o.name()), Set.of(o.id())))
			.toList();
		bodies(EntityType.ORGANIZATIONS, gold.organizations(), expected, optional,
				found.organizations().stream().map(Extraction.Body::name).toList(), got, tallies, missed, spurious);
	}

	private void communes(GoldDocument gold, Extraction found, Map<EntityType, Tally> tallies,
			Map<EntityType, List<String>> missed, Map<EntityType, List<String>> spurious) {
		List<Set<String>> expected = gold.communes().stream().map((c) -> Set.of(Names.cityKey(c))).toList();
		List<Set<String>> got = found.communes()
			.stream()
			.map((c) -> Set.copyOf(List.of(Names.cityKey(c.id()), Names.cityKey(c.name()))))
			.toList();
		bodies(EntityType.COMMUNES, gold.communes(), expected, Set.of(),
				found.communes().stream().map(Extraction.Body::name).toList(), got, tallies, missed, spurious);
	}

	private Set<String> organizationKeys(String name) {
		Set<String> keys = new HashSet<>();
		keys.add(Names.slug(name));
		this.reference.organization(name).ifPresent(keys::add);
		return keys;
	}

	/** One-to-one matching of bodies described by sets of keys. */
	private static void bodies(EntityType type, List<String> expectedNames, List<Set<String>> expected,
			Set<String> optional, List<String> gotNames, List<Set<String>> got, Map<EntityType, Tally> tallies,
			Map<EntityType, List<String>> missed, Map<EntityType, List<String>> spurious) {
		boolean[] taken = new boolean[expected.size()];
		List<String> wrong = new ArrayList<>();
		for (int e = 0; e < got.size(); e++) {
			int match = -1;
			for (int g = 0; g < expected.size() && match < 0; g++) {
				if (!taken[g] && intersects(got.get(e), expected.get(g))) {
					match = g;
				}
			}
			if (match >= 0) {
				taken[match] = true;
			}
			else if (!intersects(got.get(e), optional)) {
				wrong.add(gotNames.get(e));
			}
		}
		List<String> notFound = new ArrayList<>();
		for (int g = 0; g < expected.size(); g++) {
			if (!taken[g]) {
				notFound.add(expectedNames.get(g));
			}
		}
		record(type, expected.size() - notFound.size(), wrong, notFound, tallies, missed, spurious);
	}

	static void record(EntityType type, int truePositives, List<String> wrong, List<String> notFound,
			Map<EntityType, Tally> tallies, Map<EntityType, List<String>> missed,
			Map<EntityType, List<String>> spurious) {
		tallies.put(type, new Tally(truePositives, wrong.size(), notFound.size()));
		missed.put(type, List.copyOf(notFound));
		spurious.put(type, List.copyOf(wrong));
	}

	private static Set<String> keys(String name, List<String> variants) {
		Set<String> keys = new HashSet<>();
		for (String form : union(Set.of(name), new HashSet<>(variants))) {
			String key = Names.personKey(form);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static <T> Set<T> union(Set<T> a, Set<T> b) {
		Set<T> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}

	private static boolean intersects(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

}
