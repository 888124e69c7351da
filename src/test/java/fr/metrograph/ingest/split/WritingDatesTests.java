package fr.metrograph.ingest.split;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.split.FrenchDates.DateSpan;
import fr.metrograph.ingest.split.FrenchDates.Precision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placing a day written without its year on the side of the document's writing date its
 * words say; each answer worked out by hand before the code ran.
 */
class WritingDatesTests {

	private static DateSpan day(String date) {
		LocalDate d = LocalDate.parse(date);
		return new DateSpan(d, d, 0, 10, false);
	}

	@Test
	void aPastDayAfterTheWritingDateIsTheYearBefore() {
		// "notre rencontre du 14 novembre dernier" in an e-mail sent on 3 March 2025
		assertThat(WritingDates.placed(day("2025-11-14"), false, LocalDate.of(2025, 3, 3), WritingDates.Direction.PAST)
			.start()).hasToString("2024-11-14");
		// already before it: unchanged
		assertThat(WritingDates.placed(day("2025-02-14"), false, LocalDate.of(2025, 3, 3), WritingDates.Direction.PAST)
			.start()).hasToString("2025-02-14");
	}

	@Test
	void aComingDayBeforeTheWritingDateIsTheYearAfter() {
		// "reporté au 14 mai" in a letter of December 2023
		assertThat(
				WritingDates.placed(day("2023-05-14"), false, LocalDate.of(2023, 12, 1), WritingDates.Direction.FUTURE)
					.start())
			.hasToString("2024-05-14");
		// a meeting told the day after it was announced keeps its year (a week's slack)
		assertThat(
				WritingDates.placed(day("2023-11-28"), false, LocalDate.of(2023, 12, 1), WritingDates.Direction.FUTURE)
					.start())
			.hasToString("2023-11-28");
		// a month alone counts from its last day
		LocalDate march = LocalDate.of(2023, 3, 1);
		DateSpan month = new DateSpan(march, LocalDate.of(2023, 3, 31), 0, 5, false, Precision.MONTH, null, null);
		assertThat(WritingDates.placed(month, false, LocalDate.of(2023, 3, 20), WritingDates.Direction.FUTURE).start())
			.isEqualTo(march);
	}

	@Test
	void aComingDayGivenAYearTooLateByTheSentenceIsTheFirstComingOne() {
		// "À moins d'un an des municipales de mars 2026, … les Rencontres … les 2 et 3
		// octobre" in an article of May 2025: the parser took 2026 from "mars 2026"
		assertThat(
				WritingDates.placed(day("2026-10-02"), false, LocalDate.of(2025, 5, 12), WritingDates.Direction.FUTURE)
					.start())
			.hasToString("2025-10-02");
		// a past day keeps its year: a 2023 report published in 2025 tells 2023
		assertThat(WritingDates.placed(day("2023-11-14"), false, LocalDate.of(2025, 3, 3), WritingDates.Direction.PAST)
			.start()).hasToString("2023-11-14");
	}

	@Test
	void aWrittenYearAWeekdayOrNoWritingDateLeaveTheDayAlone() {
		DateSpan written = new DateSpan(LocalDate.of(2023, 5, 14), LocalDate.of(2023, 5, 14), 0, 10, true);
		assertThat(WritingDates.placed(written, false, LocalDate.of(2023, 12, 1), WritingDates.Direction.FUTURE))
			.isSameAs(written);
		DateSpan d = day("2023-05-14");
		assertThat(WritingDates.placed(d, true, LocalDate.of(2023, 12, 1), WritingDates.Direction.FUTURE)).isSameAs(d);
		assertThat(WritingDates.placed(d, false, null, WritingDates.Direction.FUTURE)).isSameAs(d);
		assertThat(WritingDates.placed(d, false, LocalDate.of(2023, 12, 1), null)).isSameAs(d);
	}

}
