package fr.metrograph.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import fr.metrograph.ingest.model.PersonNames;

/**
 * People who could be the same: two people whose first names agree (or one is the other's
 * initial) and whose surnames are at most two edits apart, that the curators did not keep
 * apart. Each pair comes with the evidence for (close names, a shared affiliation, never
 * named in the same document) and against (different affiliations, named in the same
 * document or at the same meeting). People are compared within blocks of the same surname
 * initial, so the cost is about n²/26 comparisons of short strings.
 */
final class CandidatePairs {

	/**
	 * A person as the comparison sees them.
	 *
	 * @param id the person's id
	 * @param name the display name
	 * @param affiliations metropolis or organisation ids
	 * @param documents ids of the documents naming them
	 * @param meetings ids of the meetings they attended
	 */
	record Person(String id, String name, Set<String> affiliations, Set<String> documents, Set<String> meetings) {
	}

	/**
	 * Two people who could be one.
	 *
	 * @param a one
	 * @param b the other
	 * @param forIt evidence that they are one person, in French
	 * @param against evidence that they are two, in French
	 */
	record Pair(Person a, Person b, List<String> forIt, List<String> against) {

		int score() {
			return this.forIt.size() - this.against.size();
		}

	}

	private CandidatePairs() {
	}

	static List<Pair> find(List<Person> people, BiPredicate<String, String> keptApart) {
		Map<String, List<Person>> blocks = new HashMap<>();
		for (Person person : people) {
			String[] words = PersonNames.key(person.name()).split(" ", 2);
			if (words.length == 2 && !words[1].isEmpty()) {
				blocks.computeIfAbsent(words[1].substring(0, 1), (k) -> new ArrayList<>()).add(person);
			}
		}
		List<Pair> pairs = new ArrayList<>();
		for (List<Person> block : blocks.values()) {
			for (int i = 0; i < block.size(); i++) {
				for (int j = i + 1; j < block.size(); j++) {
					Pair pair = compare(block.get(i), block.get(j));
					if (pair != null && !keptApart.test(pair.a().name(), pair.b().name())) {
						pairs.add(pair);
					}
				}
			}
		}
		pairs.sort((x, y) -> (y.score() != x.score()) ? Integer.compare(y.score(), x.score())
				: (x.a().id() + x.b().id()).compareTo(y.a().id() + y.b().id()));
		return pairs;
	}

	static Pair compare(Person a, Person b) {
		String[] ka = PersonNames.key(a.name()).split(" ", 2);
		String[] kb = PersonNames.key(b.name()).split(" ", 2);
		String sa = ka[1].replace(" ", "");
		String sb = kb[1].replace(" ", "");
		boolean initial = (ka[0].length() == 1 || kb[0].length() == 1) && ka[0].charAt(0) == kb[0].charAt(0);
		if (!ka[0].equals(kb[0]) && !initial) {
			return null;
		}
		int distance = distance(sa, sb);
		if (distance > 2 || Math.min(sa.length(), sb.length()) < 4 || (distance == 0 && !initial)) {
			return null;
		}
		if (a.id().equals(b.id())) {
			return null;
		}
		List<String> forIt = new ArrayList<>();
		List<String> against = new ArrayList<>();
		forIt.add((distance == 0) ? "Même nom de famille, prénom abrégé (« " + a.name() + " », « " + b.name() + " »)."
				: "Noms très proches : " + distance + " lettre" + ((distance > 1) ? "s" : "") + " de différence.");
		Set<String> shared = new HashSet<>(a.affiliations());
		shared.retainAll(b.affiliations());
		if (!shared.isEmpty()) {
			forIt.add("Même affiliation : " + String.join(", ", shared) + ".");
		}
		else if (!a.affiliations().isEmpty() && !b.affiliations().isEmpty()) {
			against.add("Affiliations différentes : " + String.join(", ", a.affiliations()) + " / "
					+ String.join(", ", b.affiliations()) + ".");
		}
		Set<String> documents = new HashSet<>(a.documents());
		documents.retainAll(b.documents());
		if (documents.isEmpty()) {
			forIt.add("Jamais nommé·es dans le même document.");
		}
		else {
			against.add("Nommé·es toutes deux dans le même document (" + documents.size() + ").");
		}
		Set<String> meetings = new HashSet<>(a.meetings());
		meetings.retainAll(b.meetings());
		if (!meetings.isEmpty()) {
			against.add(
					"Présent·es ensemble à " + meetings.size() + " réunion" + ((meetings.size() > 1) ? "s" : "") + ".");
		}
		return new Pair(a, b, forIt, against);
	}

	/** Levenshtein distance, stopping early above 2. */
	static int distance(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 2) {
			return 3;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				best = Math.min(best, current[j]);
			}
			if (best > 2) {
				return 3;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
