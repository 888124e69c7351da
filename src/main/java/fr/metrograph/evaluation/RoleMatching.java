package fr.metrograph.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs expected and found roles of one document. A found role matches an expected one
 * when its person is the expected person (as matched by name), its body is the expected
 * body (not checked when the text names none: "chargée de projet à la Métropole" after
 * two metropolises) and its title is the same, or else has the same head
 * ({@link Names#titleHead}). A role found twice counts once. Quadratic in the number of
 * roles of the document.
 */
final class RoleMatching {

	private final ReferenceNames reference;

	RoleMatching(ReferenceNames reference) {
		this.reference = reference;
	}

	void match(GoldDocument gold, Extraction found, int[] personMatch, Map<EntityType, Tally> tallies,
			Map<EntityType, List<String>> missed, Map<EntityType, List<String>> spurious) {
		record Expected(int person, String title, String at) {
		}
		List<Expected> expected = new ArrayList<>();
		for (int g = 0; g < gold.people().size(); g++) {
			for (GoldDocument.GoldRole r : gold.people().get(g).roles()) {
				expected.add(new Expected(g, r.title(), this.reference.bodyKey(r.at())));
			}
		}
		Map<String, Integer> personIndex = new HashMap<>();
		for (int e = 0; e < found.people().size(); e++) {
			personIndex.put(found.people().get(e).id(), personMatch[e]);
		}
		Map<String, Extraction.Role> distinct = new LinkedHashMap<>();
		for (Extraction.Role r : found.roles()) {
			distinct.putIfAbsent(r.personId() + "|" + Names.words(r.title()) + "|" + bodyKey(r), r);
		}
		boolean[] taken = new boolean[expected.size()];
		List<String> wrong = new ArrayList<>();
		for (Extraction.Role r : distinct.values()) {
			int person = personIndex.getOrDefault(r.personId(), -1);
			String at = bodyKey(r);
			int match = -1;
			for (boolean exact : new boolean[] { true, false }) {
				for (int g = 0; g < expected.size() && match < 0 && person >= 0; g++) {
					Expected x = expected.get(g);
					if (!taken[g] && x.person() == person && (x.at() == null || x.at().equals(at))
							&& (exact ? Names.words(x.title()).equals(Names.words(r.title()))
									: Names.titleHead(x.title()).equals(Names.titleHead(r.title())))) {
						match = g;
					}
				}
			}
			if (match >= 0) {
				taken[match] = true;
			}
			else {
				wrong.add(personName(found, r.personId()) + " — " + r.title() + " @ " + Objects.toString(at, "?"));
			}
		}
		List<String> notFound = new ArrayList<>();
		for (int g = 0; g < expected.size(); g++) {
			if (!taken[g]) {
				Expected x = expected.get(g);
				notFound.add(gold.people().get(x.person()).name() + " — " + x.title() + " @ "
						+ Objects.toString(x.at(), "?"));
			}
		}
		DocumentScorer.record(EntityType.ROLES, expected.size() - notFound.size(), wrong, notFound, tallies, missed,
				spurious);
	}

	private static String bodyKey(Extraction.Role role) {
		if (role.atId() == null) {
			return null;
		}
		if (role.atIsMetropolis()) {
			return "m:" + role.atId();
		}
		return Names.isCommuneName(role.atId()) ? "c:" + Names.cityKey(role.atId()) : "o:" + role.atId();
	}

	private static String personName(Extraction found, String personId) {
		return found.people()
			.stream()
			.filter((p) -> p.id().equals(personId))
			.map(Extraction.Person::name)
			.findFirst()
			.orElse(personId);
	}

}
