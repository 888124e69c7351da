package fr.metrograph.evaluation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.metrograph.evaluation.GoldDocument.EventDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Precision, recall and F1 on hand-worked counts, and the normal forms of names. */
class TallyAndNamesTests {

	@Test
	void precisionRecallAndF1FollowTheirDefinitions() {
		// tp 3, fp 1, fn 2: P = 3/4, R = 3/5, F1 = 2·3 / (2·3 + 1 + 2) = 6/9 = 2PR/(P+R)
		Tally t = new Tally(3, 1, 2);
		assertThat(t.precision().getAsDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(t.recall().getAsDouble()).isCloseTo(0.6, within(1e-9));
		assertThat(t.f1().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(t.f1().getAsDouble()).isCloseTo(2 * 0.75 * 0.6 / (0.75 + 0.6), within(1e-9));
	}

	@Test
	void whatCannotBeComputedIsUnknownNotZero() {
		assertThat(Tally.EMPTY.precision()).isEmpty();
		assertThat(Tally.EMPTY.recall()).isEmpty();
		assertThat(Tally.EMPTY.f1()).isEmpty();
		// nothing found, three expected: precision unknown, recall and F1 zero
		Tally missedAll = new Tally(0, 0, 3);
		assertThat(missedAll.precision()).isEmpty();
		assertThat(missedAll.recall().getAsDouble()).isZero();
		assertThat(missedAll.f1().getAsDouble()).isZero();
		assertThat(ReportText.figure(missedAll.precision())).isEqualTo("—");
		assertThat(ReportText.figure(new Tally(2, 1, 0).precision())).isEqualTo("0,67");
	}

	@Test
	void personKeysIgnoreOrderCaseAccentsAndHonorifics() {
		assertThat(Names.personKey("Mme Amandine FERRIER")).isEqualTo(Names.personKey("FERRIER Amandine"))
			.isEqualTo("amandine ferrier");
		assertThat(Names.personKey("Pr. Ilse Van den Berghe")).isEqualTo(Names.personKey("Ilse VAN DEN BERGHE"));
		assertThat(Names.personKey("Élodie Étienne")).isEqualTo("elodie etienne");
		assertThat(Names.personKey("M.")).isNull();
	}

	@Test
	void titleHeadsFoldGenderAndNumber() {
		assertThat(Names.titleHead("Vice-présidente de Rennes Métropole")).isEqualTo(Names.titleHead("vice-président"))
			.isEqualTo("vice president");
		assertThat(Names.titleHead("Directrice de la concertation")).isEqualTo(Names.titleHead("directeur"));
		assertThat(Names.titleHead("Cheffe de projet")).isEqualTo(Names.titleHead("Chef de projet évaluation"));
		assertThat(Names.titleHead("Conseillère métropolitaine")).isEqualTo(Names.titleHead("conseiller"));
		assertThat(Names.titleHead("Chargée de mission")).isEqualTo(Names.titleHead("chargé de concertation"));
		assertThat(Names.titleHead("1er Vice-Président")).isEqualTo("vice president");
		assertThat(Names.titleHead("adjointe au maire")).isNotEqualTo(Names.titleHead("maire"));
	}

	@Test
	void cityKeysDropTheVilleDePrefixAndTheArticle() {
		assertThat(Names.cityKey("ville-des-sorinieres")).isEqualTo(Names.cityKey("Les Sorinières"))
			.isEqualTo("sorinieres");
		assertThat(Names.cityKey("Ville de Saint-Herblain")).isEqualTo("saint-herblain");
		assertThat(Names.isCommuneName("Ville de Nantes")).isTrue();
		assertThat(Names.isCommuneName("Ville Ouverte")).isFalse();
	}

	@Test
	void eventDatesMatchToTheDayOrToTheMonth() {
		assertThat(EventDate.parse("2020-03").matches(LocalDate.parse("2020-03-19"))).isTrue();
		assertThat(EventDate.parse("2020-03").matches(LocalDate.parse("2020-04-01"))).isFalse();
		assertThat(EventDate.parse("2020-03-19").matches(LocalDate.parse("2020-03-20"))).isFalse();
		assertThat(EventDate.parse("2020-03-19").matches(null)).isFalse();
	}

}
