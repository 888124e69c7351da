package fr.metrograph.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.metrograph.evaluation.Extraction.Body;
import fr.metrograph.evaluation.Extraction.Meeting;
import fr.metrograph.evaluation.Extraction.Person;
import fr.metrograph.evaluation.Extraction.Role;
import fr.metrograph.evaluation.GoldDocument.EventDate;
import fr.metrograph.evaluation.GoldDocument.GoldMeeting;
import fr.metrograph.evaluation.GoldDocument.GoldPerson;
import fr.metrograph.evaluation.GoldDocument.GoldRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scorer on tiny hand-made documents; every expected count and figure is worked out
 * by hand in the comments.
 */
class DocumentScorerTests {

	private static final ReferenceNames REFERENCE = ReferenceNames.of(
			Map.of("lyon", List.of("Métropole de Lyon", "Lyon", "Grand Lyon"), "rennes",
					List.of("Rennes Métropole", "Rennes"), "grenoble-alpes",
					List.of("Grenoble-Alpes Métropole", "Grenoble-Alpes", "Grenoble"), "bordeaux",
					List.of("Bordeaux Métropole", "Bordeaux"), "toulouse", List.of("Toulouse Métropole", "Toulouse")),
			Map.of("icpc", List.of("ICPC", "Institut de la Concertation et de la Participation Citoyenne")));

	private final DocumentScorer scorer = new DocumentScorer(REFERENCE);

	@Test
	void aPersonFoundTwiceCountsOnceRightAndOnceWrong() {
		GoldDocument gold = gold(List.of(person("Gaëlle Troadec", List.of("Mme Troadec", "TROADEC Gaëlle"), "Rennes"),
				person("Marc Lefebvre", List.of(), null), person("Fanny Delorme", List.of(), null)), List.of());
		Extraction found = found(List.of(new Person("a", "Gaëlle Troadec", List.of()),
				new Person("b", "Troadec", List.of("Mme Troadec")), new Person("c", "Marc Lefebvre", List.of()),
				new Person("d", "Jean Monnet", List.of())), List.of());
		DocumentScore score = this.scorer.score(gold, found, null);
		// tp 2 (Troadec, Lefebvre), fp 2 (the duplicate, Jean Monnet), fn 1 (Delorme)
		Tally people = score.tallies().get(EntityType.PEOPLE);
		assertThat(people).isEqualTo(new Tally(2, 2, 1));
		// P = 2/4, R = 2/3, F1 = 2·2 / (2·2 + 2 + 1) = 4/7
		assertThat(people.precision().getAsDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(people.recall().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(people.f1().getAsDouble()).isCloseTo(4.0 / 7, within(1e-9));
		assertThat(score.spurious().get(EntityType.PEOPLE)).containsExactly("Troadec (doublon de Gaëlle Troadec)",
				"Jean Monnet");
		assertThat(score.missed().get(EntityType.PEOPLE)).containsExactly("Fanny Delorme");
	}

	@Test
	void namesMatchWhateverTheOrderCaseAndHonorific() {
		GoldDocument gold = gold(
				List.of(person("Amandine Ferrier", List.of(), null), person("Abdoulaye N'Diaye", List.of(), null)),
				List.of());
		Extraction found = found(List.of(new Person("a", "FERRIER Amandine", List.of()),
				new Person("b", "M. Abdoulaye N'DIAYE", List.of())), List.of());
		assertThat(this.scorer.score(gold, found, null).tallies().get(EntityType.PEOPLE)).isEqualTo(new Tally(2, 0, 0));
	}

	@Test
	void aMetropolisNotExpectedIsAFalsePositive() {
		GoldDocument gold = new GoldDocument(Path.of("d.txt"), "t", null, 2024, null, List.of("Lyon", "Grenoble-Alpes"),
				List.of(), List.of(), null, List.of(), List.of());
		Extraction found = new Extraction(2024, null, List.of(), List.of("lyon", "bordeaux"), List.of(), List.of(),
				List.of(), List.of());
		DocumentScore score = this.scorer.score(gold, found, null);
		assertThat(score.tallies().get(EntityType.METROPOLISES)).isEqualTo(new Tally(1, 1, 1));
		assertThat(score.spurious().get(EntityType.METROPOLISES)).containsExactly("bordeaux");
		assertThat(score.missed().get(EntityType.METROPOLISES)).containsExactly("grenoble-alpes");
		// communes are not scored when the expectation does not list them
		assertThat(score.tallies()).doesNotContainKey(EntityType.COMMUNES);
	}

	@Test
	void optionalOrganisationsCountNeitherWayAndCommunesMatchWithoutTheirArticle() {
		GoldDocument gold = new GoldDocument(Path.of("d.txt"), "t", null, null, null, List.of(), List.of("ICPC"),
				List.of("Cap Sciences"), List.of("Les Sorinières", "Lyon"), List.of(), List.of());
		Extraction found = new Extraction(null, null, List.of(), List.of(),
				List.of(new Body("icpc", "Institut de la Concertation et de la Participation Citoyenne"),
						new Body("cap-sciences", "Cap Sciences"), new Body("le-monde", "Le Monde")),
				List.of(new Body("ville-des-sorinieres", "Ville des Sorinières")), List.of(), List.of());
		DocumentScore score = this.scorer.score(gold, found, null);
		// ICPC right, Cap Sciences ignored, Le Monde wrong
		assertThat(score.tallies().get(EntityType.ORGANIZATIONS)).isEqualTo(new Tally(1, 1, 0));
		// Les Sorinières right, Lyon missed
		assertThat(score.tallies().get(EntityType.COMMUNES)).isEqualTo(new Tally(1, 0, 1));
	}

	@Test
	void meetingsMatchOnTheirStartDateAndTitlesOnlyBreakTies() {
		GoldDocument gold = gold(List.of(),
				List.of(meeting("Deuxième rencontre des élu·es", "2023-03-16", "2023-03-16", "IN_PERSON", true),
						meeting("Prochaine rencontre", "2020-03", null, null, false),
						meeting("Séminaire des agents", "2024-06-04", null, null, false)));
		Extraction found = found(List.of(),
				List.of(new Meeting("Table ronde", LocalDate.parse("2023-03-16"), null, "IN_PERSON"),
						new Meeting("Rencontre des élus", LocalDate.parse("2023-03-16"), null, "REMOTE"),
						new Meeting("Réunion", LocalDate.parse("2020-03-19"), null, "UNKNOWN"),
						new Meeting("Atelier", null, null, "UNKNOWN")));
		DocumentScore score = this.scorer.score(gold, found, null);
		// tp 2 (16 March, March 2020 to the month), fp 2 (the second 16 March, the
		// undated one), fn 1 (4 June)
		assertThat(score.tallies().get(EntityType.MEETINGS)).isEqualTo(new Tally(2, 2, 1));
		// "Rencontre des élus" shares two words with the expected title, "Table ronde"
		// none
		assertThat(score.spurious().get(EntityType.MEETINGS)).containsExactly("2023-03-16 « Table ronde »",
				"sans date « Atelier »");
		// one held meeting, found; one end date checked (a missing end is a one-day
		// meeting: right); one format checked (wrong)
		assertThat(score.meetingDetails()).isEqualTo(new DocumentScore.MeetingDetails(1, 1, 1, 1, 1, 0));
	}

	@Test
	void aRoleCountsWithTheRightPersonAndBodyAndALooseTitle() {
		GoldDocument gold = gold(List.of(
				person("Gaëlle Troadec", List.of(), "Rennes",
						"vice-présidente de Rennes Métropole en charge de la participation citoyenne"),
				person("Paul Durand", List.of(), "Ville de Lyon", "adjoint au maire de Lyon"),
				new GoldPerson("Ikram Bouzid", List.of(), null, List.of(new GoldRole("chargée de projet", null)))),
				List.of());
		Extraction found = new Extraction(null, null,
				List.of(new Person("gt", "Gaëlle Troadec", List.of()), new Person("pd", "Paul Durand", List.of()),
						new Person("ib", "Ikram Bouzid", List.of()), new Person("x", "Jean Monnet", List.of())),
				List.of(), List.of(), List.of(), List.of(),
				List.of(new Role("gt", "Vice-présidente participation citoyenne", "rennes", true),
						new Role("gt", "Vice-présidente participation citoyenne", "rennes", true),
						new Role("pd", "adjoint au maire de Lyon", "lyon", true),
						new Role("ib", "Chargé de projet", "toulouse", true), new Role("x", "maire", null, false)));
		DocumentScore score = this.scorer.score(gold, found, null);
		// tp 2 (Troadec loosely, Bouzid with an unchecked body; the repeated role counts
		// once),
		// fp 2 (Durand at the metropolis instead of the city, Monnet not expected), fn 1
		// (Durand at the city)
		assertThat(score.tallies().get(EntityType.ROLES)).isEqualTo(new Tally(2, 2, 1));
		assertThat(score.missed().get(EntityType.ROLES))
			.containsExactly("Paul Durand — adjoint au maire de Lyon @ c:lyon");
	}

	@Test
	void peopleFoundInADocumentThatNamesNoneAreInvented() {
		GoldDocument gold = gold(List.of(), List.of());
		Extraction found = found(List.of(new Person("a", "Madame Présidente", List.of())), List.of());
		DocumentScore score = this.scorer.score(gold, found, null);
		assertThat(score.invented()).containsExactly("Madame Présidente");
		assertThat(score.tallies().get(EntityType.PEOPLE)).isEqualTo(new Tally(0, 1, 0));
	}

	static GoldDocument gold(List<GoldPerson> people, List<GoldMeeting> meetings) {
		return new GoldDocument(Path.of("d.txt"), "t", "news_article", 2023, null, List.of(), List.of(), List.of(),
				null, people, meetings);
	}

	static GoldPerson person(String name, List<String> variants, String affiliation, String... roles) {
		return new GoldPerson(name, variants, affiliation,
				java.util.Arrays.stream(roles).map((r) -> new GoldRole(r, affiliation)).toList());
	}

	static GoldMeeting meeting(String title, String start, String end, String format, boolean held) {
		return new GoldMeeting(title, EventDate.parse(start), (end != null) ? LocalDate.parse(end) : null, format,
				held);
	}

	static Extraction found(List<Person> people, List<Meeting> meetings) {
		return new Extraction(2023, null, people, List.of(), List.of(), List.of(), meetings, List.of());
	}

}
