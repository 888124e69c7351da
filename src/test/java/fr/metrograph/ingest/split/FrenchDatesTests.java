package fr.metrograph.ingest.split;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** French dates and ranges. */
class FrenchDatesTests {

	@Test
	void frenchDates() {
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

}
