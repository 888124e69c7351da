package fr.metrograph.ingest.resolve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

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
