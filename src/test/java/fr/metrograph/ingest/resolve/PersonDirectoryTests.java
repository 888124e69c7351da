package fr.metrograph.ingest.resolve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.Facts.PersonMention;
import fr.metrograph.ingest.model.PersonNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PersonDirectoryTests {

	@Test
	void resolvesTheSameNormalisedNameToTheKnownPerson() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		PersonDirectory.Resolution resolution = directory
			.resolve(PersonDirectory.mention("Mme. Christelle SCUOTTO-CALVEZ", null));
		assertThat(resolution.id()).isEqualTo("christelle-scuotto-calvez");
		assertThat(resolution.conflict()).isNull();
	}

	@Test
	void mergesACloseSpellingWithTheSameAffiliationAndRecordsIt() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		PersonDirectory.Resolution resolution = directory
			.resolve(PersonDirectory.mention("Christelle Scutto-Calvez", "nantes"));
		assertThat(resolution.id()).isEqualTo("christelle-scuotto-calvez");
		assertThat(resolution.conflict()).isNotNull();
		assertThat(resolution.conflict().type()).isEqualTo("name_variant");
	}

	@Test
	void keepsACloseSpellingApartWithoutACommonAffiliation() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		assertThat(directory.resolve(PersonDirectory.mention("Christelle Scutto-Calvez", "lyon")).id())
			.isEqualTo("christelle-scutto-calvez");
	}

	@Test
	void neverMergesDifferentFirstNames() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("marie-lefebvre", "Marie Lefebvre", List.of(), List.of("lille"));
		assertThat(directory.resolve(PersonDirectory.mention("Marc Lefebvre", "lille")).id())
			.isEqualTo("marc-lefebvre");
	}

	@Test
	void followsTheCuratorsMergesAndSplits() {
		Curation curation = new Curation(List.of(),
				new Curation.PeopleCuration(List.of(new Curation.Merge("Yohan Le Cocq", List.of("Y. Le Coq"), null)),
						List.of(List.of("Christelle Scuotto-Calvez", "Christelle Scutto-Calvez"))),
				"h");
		PersonDirectory directory = new PersonDirectory(curation);
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		assertThat(directory.resolve(PersonDirectory.mention("Y. Le Coq", null)).id()).isEqualTo("yohan-le-cocq");
		assertThat(directory.resolve(PersonDirectory.mention("Christelle Scutto-Calvez", "nantes")).id())
			.isEqualTo("christelle-scutto-calvez");
	}

	@Test
	void findsACloseSpellingThroughEitherOfAPersonsAffiliations() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("marie-dupontel", "Marie Dupontel", List.of(), List.of("lille", "nantes"));
		assertThat(directory.resolve(PersonDirectory.mention("Marie Dupontell", "nantes")).id())
			.isEqualTo("marie-dupontel");
		assertThat(directory.resolve(PersonDirectory.mention("Marie Duponttel", "lille")).id())
			.isEqualTo("marie-dupontel");
	}

	@Test
	void amongSeveralCloseSpellingsTheEarliestKnownPersonWinsAsAFullScanWouldDecide() {
		PersonDirectory directory = new PersonDirectory(Curation.none());
		directory.add("christelle-scuto-calvez", "Christelle Scuto-Calvez", List.of(), List.of("lille"));
		directory.add("christelle-scuotto-calvez", "Christelle Scuotto-Calvez", List.of(), List.of("nantes"));
		// The earlier person joins Nantes after the later one: last in Nantes' block,
		// first
		// known.
		directory.add("christelle-scuto-calvez", "Christelle Scuto-Calvez", List.of(), List.of("nantes"));
		PersonDirectory.Resolution resolution = directory
			.resolve(PersonDirectory.mention("Christelle Scutto-Calvez", "nantes"));
		assertThat(resolution.id()).isEqualTo("christelle-scuto-calvez");
		assertThat(resolution.conflict()).isNotNull();
	}

	@Test
	void resolvesTwentyThousandNewPeopleOfFewMetropolisesWithoutComparingEachWithEveryone() {
		// Compared with everyone, the 20,000th person alone costs 20,000 name
		// comparisons,
		// 200 million in all: minutes of CPU. Blocked on (affiliation, first name), each
		// is
		// compared with the 10 people of its block: a second or two. CPU time of this
		// thread, which the machine's other work barely changes.
		PersonDirectory directory = new PersonDirectory(Curation.none());
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpu = new long[1];
		assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
			long start = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < 20_000; i++) {
				directory.resolve(PersonDirectory.mention(letters("Prenom", i % 2_000) + " " + letters("Nom", i),
						"metropole-" + (i % 20)));
			}
			cpu[0] = threads.getCurrentThreadCpuTime() - start;
		});
		assertThat(Duration.ofNanos(cpu[0])).isLessThan(Duration.ofSeconds(20));
		assertThat(directory
			.resolve(PersonDirectory.mention(letters("Prenom", 19_999 % 2_000) + " " + letters("Nom", 19_999),
					"metropole-19"))
			.conflict()).isNull();
	}

	@Test
	void resolvesNearDuplicatesAsAFullScanOfEveryKnownPersonWould() {
		// Close spellings, honorifics and capitals, several affiliations: the directory
		// (blocks, names normalised once, no distance matrix) against the rule applied
		// to everyone known, in the order they became known.
		SplittableRandom random = new SplittableRandom(3);
		String[] first = { "Jean", "Marie", "Inès", "Paul" };
		List<String> surnames = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			surnames.add(word(random, 4 + random.nextInt(7)));
		}
		PersonDirectory directory = new PersonDirectory(Curation.none());
		FullScan reference = new FullScan();
		int merged = 0;
		for (int n = 0; n < 6_000; n++) {
			String surname = typo(random, surnames.get(random.nextInt(surnames.size())));
			String name = first[random.nextInt(first.length)] + " " + surname;
			if (random.nextInt(4) == 0) {
				name = "M. " + name.toUpperCase(java.util.Locale.ROOT);
			}
			String affiliation = (random.nextInt(10) == 0) ? null : "metropole-" + random.nextInt(4);
			PersonMention mention = PersonDirectory.mention(name, affiliation);
			PersonDirectory.Resolution resolution = directory.resolve(mention);
			String expected = reference.resolve(mention);
			assertThat(resolution.id()).as("%s (%s)", name, affiliation).isEqualTo(expected);
			merged += (resolution.conflict() != null) ? 1 : 0;
		}
		// fuzzy matches happened, and not for everyone
		assertThat(merged).isBetween(100, 5_000);
	}

	/** The resolution rule without blocks, for a directory without curation. */
	private static final class FullScan {

		private record Person(String id, String name, Set<String> keys, Set<String> affiliations) {
		}

		private final Map<String, Person> byId = new HashMap<>();

		private final List<Person> people = new ArrayList<>();

		private final Map<String, Person> byKey = new HashMap<>();

		private final Map<String, String> keys = new HashMap<>();

		private String key(String name) {
			return this.keys.computeIfAbsent(name, PersonNames::key);
		}

		String resolve(PersonMention mention) {
			Person found = this.byKey.get(key(mention.name()));
			if (found == null && mention.affiliationId() != null) {
				found = this.people.stream()
					.filter((p) -> p.affiliations().contains(mention.affiliationId())
							&& PersonNames.likelySameKeys(key(p.name()), key(mention.name())))
					.findFirst()
					.orElse(null);
			}
			String id = (found != null) ? found.id() : mention.id();
			String name = (found != null) ? found.name() : mention.name();
			Person person = this.byId.computeIfAbsent(id, (k) -> {
				Person created = new Person(id, name, new LinkedHashSet<>(), new LinkedHashSet<>());
				this.people.add(created);
				return created;
			});
			person.keys().add(key(name));
			mention.variants().forEach((v) -> person.keys().add(key(v)));
			if (mention.affiliationId() != null) {
				person.affiliations().add(mention.affiliationId());
			}
			person.keys().forEach((k) -> this.byKey.putIfAbsent(k, person));
			return id;
		}

	}

	private static String word(SplittableRandom random, int length) {
		StringBuilder out = new StringBuilder();
		out.append("BDLMR".charAt(random.nextInt(5)));
		for (int i = 1; i < length; i++) {
			out.append("aeinort".charAt(random.nextInt(7)));
		}
		return out.toString();
	}

	/** Most spellings as known, some with one letter changed, dropped or swapped. */
	private static String typo(SplittableRandom random, String surname) {
		if (random.nextInt(3) > 0) {
			return surname;
		}
		StringBuilder out = new StringBuilder(surname);
		int at = 1 + random.nextInt(out.length() - 2);
		switch (random.nextInt(3)) {
			case 0 -> out.setCharAt(at, "aeinort".charAt(random.nextInt(7)));
			case 1 -> out.deleteCharAt(at);
			default -> {
				char c = out.charAt(at);
				out.setCharAt(at, out.charAt(at + 1));
				out.setCharAt(at + 1, c);
			}
		}
		return out.toString();
	}

	/** A name made of letters only (names keep no digits apart). */
	private static String letters(String prefix, int n) {
		StringBuilder out = new StringBuilder(prefix);
		do {
			out.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		return out.toString();
	}

}
