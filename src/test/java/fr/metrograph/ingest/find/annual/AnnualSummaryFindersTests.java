package fr.metrograph.ingest.find.annual;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.Format;
import fr.metrograph.ingest.model.Facts.MeetingFact;
import fr.metrograph.ingest.model.Facts.MembershipFact;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/** The finders of an annual summary, each on the passage it reads. */
class AnnualSummaryFindersTests {

	private static final String SUMMARY = """
			Résumé annuel du groupe des agent·es des métropoles participatives

			En 2023, le groupe a réuni les agent·es de : Grenoble, Nancy, Métropole Européenne de Lille, Rennes Métropole et Plaine Commune.

			Le groupe s'est réuni 4 fois : 2 en présentiel à Lyon et à Grenoble, 2 en distanciel.
			Cinq séances de travail ont eu lieu sur l'année.

			Les retours d'expérience ont porté sur :
			- Les budgets participatifs à partir des exemples de Rennes et de Lille
			- Les CCSPL sur la base du questionnaire porté par Grenoble

			Et pour 2024 ?
			Il est prévu l'actualisation du manifeste des métropoles participatives et l'écriture de délibérations cadres.
			""";

	@Test
	void theMembersListedAreMetropolisesEvenWrittenAsBareCityNames() {
		ExtractedDocument d = found(SUMMARY, new MembershipFinder());
		assertThat(d.memberships()).extracting(MembershipFact::metropolisId)
			.containsExactly("grenoble-alpes", "grand-nancy", "lille", "rennes", "plaine-commune");
		assertThat(d.memberships()).allMatch((m) -> m.year() == 2023 && m.groupId().equals("agents"));
		assertThat(d.memberships()).allMatch((m) -> "annual-members".equals(m.evidence().extractor()));
	}

	@Test
	void membersListedAsBulletsAreReadToo() {
		ExtractedDocument d = found("""
				Résumé annuel 2023

				En 2023, les membres étaient :

				- Bordeaux Métropole
				- Brest
				""", new MembershipFinder());
		assertThat(d.memberships()).extracting(MembershipFact::metropolisId).containsExactly("bordeaux", "brest");
	}

	@Test
	void countedMeetingsGetAPlaceOnlyWhenItIsUnambiguous() {
		ExtractedDocument d = found(SUMMARY, new CountedMeetingsFinder());
		assertThat(d.meetings()).extracting((m) -> m.format() + "@" + m.place())
			.containsExactly("IN_PERSON@Lyon", "IN_PERSON@Grenoble", "REMOTE@null", "REMOTE@null");
		assertThat(d.meetings()).extracting(MeetingFact::id)
			.contains("agents-2023-in-person-1", "agents-2023-remote-2");
		assertThat(d.meetings()).allMatch((m) -> m.kind().equals("group_meeting") && m.year() == 2023);
	}

	@Test
	void aCountOfPeopleIsNoCountOfMeetingsAndAHybridCountIsHybrid() {
		ExtractedDocument d = found(
				"""
						Rapport d'activité 2021 du groupe des agent·es

						En chiffres : 12 réunions, 214 participant·es, dont 9 réunions en visio, 2 en présentiel et 1 en format hybride.

						Le 21 octobre, la réunion de lancement a réuni 14 élu·es, dont 6 à distance.
						""",
				new CountedMeetingsFinder());
		assertThat(d.meetings().stream().collect(Collectors.groupingBy(MeetingFact::format, Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(Map.of(Format.REMOTE, 9L, Format.IN_PERSON, 2L, Format.HYBRID, 1L));
		assertThat(d.meetings()).extracting(MeetingFact::id).contains("agents-2021-hybrid-1");
	}

	@Test
	void aStatedFigureIsKeptAsStated() {
		ExtractedDocument d = found(SUMMARY, new StatedFigureFinder());
		assertThat(d.figures()).singleElement()
			.satisfies((f) -> assertThat(f.name() + "=" + f.value()).isEqualTo("work_sessions=5"));
	}

	@Test
	void experienceSharingBulletsNameTheirThemeAndPresenters() {
		ExtractedDocument d = found(SUMMARY, new ExperienceSharingFinder());
		assertThat(d.meetings()).extracting(MeetingFact::title)
			.containsExactly("Retour d'expérience : Budgets participatifs", "Retour d'expérience : CCSPL");
		assertThat(d.participations()).extracting((p) -> p.meetingId() + ">" + p.bodyId())
			.containsExactly("agents-2023-experience-1>rennes", "agents-2023-experience-1>lille",
					"agents-2023-experience-2>grenoble-alpes");
	}

	@Test
	void plansAreForTheYearOfTheirHeading() {
		ExtractedDocument d = found(SUMMARY, new PlannedThemeFinder());
		assertThat(d.planned()).allMatch((p) -> p.forYear() == 2024);
		assertThat(d.themes()).extracting((t) -> t.name())
			.containsExactlyInAnyOrder("Actualisation du manifeste des métropoles participatives",
					"Écriture de délibérations cadres");
	}

	@Test
	void aRetrospectiveListsMeetingsByDateWithFacilitatorsAndMonthlyStatuses() {
		ExtractedDocument d = found("""
				Bilan des élu·es 2022-2023

				### 2023
				- **16 mars 2023** — deuxième rencontre en présentiel à Rennes, accueillie par Rennes Métropole
				- **9 novembre 2023** — réunion en visioconférence
				Animation : Fanny DELORME (ICPC)
				Amandine FERRIER (excusée en mars, présente en novembre)

				### Pour 2024
				Le groupe souhaite se réunir à Lyon.
				""", new DatedMeetingsFinder());
		assertThat(d.meetings()).extracting((m) -> m.startDate() + " " + m.format() + " " + m.place())
			.containsExactly("2023-03-16 IN_PERSON Rennes", "2023-11-09 REMOTE null");
		assertThat(d.meetings().get(0).hostId()).isEqualTo("rennes");
		assertThat(d.attendance()).filteredOn((a) -> a.personId().equals("fanny-delorme"))
			.hasSize(2)
			.allMatch((a) -> a.status() == null && a.capacity().code().equals("facilitator"));
		assertThat(d.attendance()).filteredOn((a) -> a.personId().equals("amandine-ferrier"))
			.extracting((a) -> a.meetingId().substring(a.meetingId().length() - 10) + ":" + a.status().code())
			.containsExactlyInAnyOrder("2023-03-16:excused", "2023-11-09:present");
		assertThat(d.meetings()).noneMatch((m) -> m.format() == Format.UNKNOWN);
	}

}
