package fr.metrograph.ingest.split;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.split.FrenchDates.DateSpan;
import fr.metrograph.ingest.split.FrenchDates.Precision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French date parser on the forms authors write, each answer worked out by hand with
 * a calendar before the parser ran.
 */
class FrenchDatesTests {

	private static DateSpan only(String text, Integer year) {
		List<DateSpan> found = FrenchDates.find(text, year);
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	private static void days(String text, Integer year, String start, String end) {
		DateSpan d = only(text, year);
		assertThat(d.start()).as(text).isEqualTo(LocalDate.parse(start));
		assertThat(d.end()).as(text).isEqualTo(LocalDate.parse(end));
	}

	@Test
	void readsASingleDayWithItsYear() {
		days("La rencontre s'est tenue le 3 février 2021 à Lyon.", null, "2021-02-03", "2021-02-03");
		days("Le 1er juin 2021, les élu·es…", null, "2021-06-01", "2021-06-01");
		assertThat(only("le 3 février 2021", null).explicitYear()).isTrue();
	}

	@Test
	void readsADayAndMonthInFiguresAfterLeOrAWeekdayButNotAFraction() {
		days("Le 16/03, la réunion sur les budgets participatifs a réuni 31 agent·es.", 2021, "2021-03-16",
				"2021-03-16");
		days("Atelier jeudi 5/06 à Lyon", 2025, "2025-06-05", "2025-06-05");
		assertThat(FrenchDates.find("2/3 des participants, 16/03 points", 2021)).isEmpty();
		assertThat(FrenchDates.find("le 31/02", 2021)).isEmpty();
	}

	@Test
	void readsTwoDaysJoinedByEtOrAmpersand() {
		days("Rendez-vous les 4 et 5 juin à Grenoble.", 2019, "2019-06-04", "2019-06-05");
		days("Séminaire les 4 & 5 juin 2019", null, "2019-06-04", "2019-06-05");
		days("les 4, 5 et 6 juin 2024", null, "2024-06-04", "2024-06-06");
		days("Jeudi 2 et vendredi 3 octobre 2025", null, "2025-10-02", "2025-10-03");
		assertThat(only("les 4 et 5 juin", 2019).explicitYear()).isFalse();
	}

	@Test
	void readsRangesWithinAndAcrossMonthsAndYears() {
		days("du 2 au 4 octobre 2018 à Toulouse", null, "2018-10-02", "2018-10-04");
		days("du 30 juin au 2 juillet", 2022, "2022-06-30", "2022-07-02");
		days("du 30 décembre au 2 janvier 2020", null, "2019-12-30", "2020-01-02");
		days("Forum 2-4 octobre 2018", null, "2018-10-02", "2018-10-04");
	}

	@Test
	void readsATimeSlotAfterTheDay() {
		DateSpan d = only("Webinaire mardi 12 janvier 2021 de 10h à 12h, en visio.", null);
		assertThat(d.start()).isEqualTo(LocalDate.of(2021, 1, 12));
		assertThat(d.startTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(d.endTime()).isEqualTo(LocalTime.of(12, 0));
		DateSpan e = only("jeudi 2 avril 2020, 9h30 - 12h", null);
		assertThat(e.startTime()).isEqualTo(LocalTime.of(9, 30));
		assertThat(e.endTime()).isEqualTo(LocalTime.of(12, 0));
		DateSpan f = only("le 5 mai 2022 à 14h30", null);
		assertThat(f.startTime()).isEqualTo(LocalTime.of(14, 30));
		assertThat(f.endTime()).isNull();
	}

	@Test
	void readsNumericAndIsoDates() {
		days("Réunion du 12/01/2021", null, "2021-01-12", "2021-01-12");
		days("Réunion du 12/01/21", null, "2021-01-12", "2021-01-12");
		days("date: 2021-01-12", null, "2021-01-12", "2021-01-12");
		assertThat(FrenchDates.find("version 3.5.2 du logiciel, tél. 02.99.86.60.60", null)).isEmpty();
	}

	@Test
	void readsAMonthAloneOnlyWhenAskedAndOnlyAsAMonth() {
		assertThat(FrenchDates.find("La consultation a été lancée en mars 2020.", null)).isEmpty();
		List<DateSpan> all = FrenchDates.findAll("La consultation a été lancée en mars 2020.", null);
		assertThat(all).singleElement().satisfies((d) -> {
			assertThat(d.precision()).isEqualTo(Precision.MONTH);
			assertThat(d.start()).isEqualTo(LocalDate.of(2020, 3, 1));
			assertThat(d.end()).isEqualTo(LocalDate.of(2020, 3, 31));
		});
		assertThat(FrenchDates.findAll("- Octobre 2025 : les Rencontres du réseau", null)).singleElement()
			.satisfies((d) -> assertThat(d.start()).isEqualTo(LocalDate.of(2025, 10, 1)));
		assertThat(FrenchDates.findAll("Nous avons marché en mars.", null)).isEmpty();
	}

	@Test
	void takesTheYearOfTheLastDateWrittenWithOne() {
		List<DateSpan> d = FrenchDates.find("Le 3 février 2021, le groupe s'est réuni. Le 10 mars, il a recommencé.",
				2025);
		assertThat(d).extracting(DateSpan::start).containsExactly(LocalDate.of(2021, 2, 3), LocalDate.of(2021, 3, 10));
		assertThat(d.get(1).explicitYear()).isFalse();
	}

	@Test
	void movesTheYearByOneWhenOnlyThatFitsTheWrittenWeekday() {
		// 16 March 2024 is a Saturday; 16 March 2023 a Thursday
		days("le jeudi 16 mars", 2024, "2023-03-16", "2023-03-16");
		// 2 April 2024 is a Tuesday: the default year fits
		days("mardi 2 avril", 2024, "2024-04-02", "2024-04-02");
	}

	@Test
	void givesOneDayPerDayOfANonConsecutiveList() {
		assertThat(FrenchDates.find("les 3, 10 et 17 juin 2024", null)).extracting(DateSpan::start)
			.containsExactly(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 17));
	}

	@Test
	void findsNoDateWhereThereIsNone() {
		assertThat(FrenchDates.find("mardi 2 avril", null)).isEmpty();
		assertThat(FrenchDates.find("les 25 et 26 élu·es présents", 2024)).isEmpty();
		assertThat(FrenchDates.find("n°7 - avril 2024", null)).isEmpty();
		assertThat(FrenchDates.find("Tél. 02 99 86 60 60", 2024)).isEmpty();
	}

	@Test
	void keepsReadingTheFormsOfTheSeedsAndTheCorpus() {
		assertThat(FrenchDates.find("Les 5 et 6 Mai 2022", null)).singleElement()
			.satisfies((d) -> assertThat(d.start() + "/" + d.end()).isEqualTo("2022-05-05/2022-05-06"));
		assertThat(FrenchDates.find("le jeudi 16 mars 2023", null).get(0).start()).hasToString("2023-03-16");
		assertThat(FrenchDates.find("le 16/03/2023", null).get(0).start()).hasToString("2023-03-16");
		assertThat(FrenchDates.find("du 3 au 4 juin 2024", null).get(0).end()).hasToString("2024-06-04");
		assertThat(FrenchDates.find("du 30 mai au 2 juin 2024", null).get(0).start()).hasToString("2024-05-30");
		assertThat(FrenchDates.find("Jeudi 2 et vendredi 3 octobre 2025", null).get(0).end()).hasToString("2025-10-03");
		assertThat(FrenchDates.find("mardi 2 avril", 2024).get(0).start()).hasToString("2024-04-02");
		assertThat(FrenchDates.find("mardi 2 avril", null)).isEmpty();
	}

	@Test
	void aWeekdayInThePluralNamesEveryDayOfItsList() {
		// a letter of December 2023 announcing its webinars: 16 January 2024, 13 February
		// 2024 and 12 March 2024 are Tuesdays (in 2023 they are a Monday, a Monday and a
		// Sunday)
		List<DateSpan> found = FrenchDates.find("les mardis 16 janvier, 13 février et 12 mars, de 12h30 à 13h30", 2023);
		assertThat(found).extracting(DateSpan::start)
			.containsExactly(LocalDate.of(2024, 1, 16), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 3, 12));
	}

	@Test
	void aNumberAfterNumeroIsNoDay() {
		// not a range "2 au 13 avril": the webinar n°2 is on Thursday 13 April 2023
		days("## Webinaire n°2 — Jeudi 13 avril 2023 (11h – 12h30)", null, "2023-04-13", "2023-04-13");
		days("Webinaire n° 1 — Mardi 14 février 2023, 11h–12h30", null, "2023-02-14", "2023-02-14");
	}

}
