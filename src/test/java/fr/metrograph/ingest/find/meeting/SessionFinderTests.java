package fr.metrograph.ingest.find.meeting;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.Facts.MeetingFact;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/** Sessions of the meeting a document reports. */
class SessionFinderTests {

	@Test
	void sessionLinesBecomeSessionsOfTheMeetingWithTheirThemes() {
		ExtractedDocument d = found("""
				Rencontre des élu·es — 5 mai 2022, Nantes

				Présent·es : Claire MOREL (Nantes Métropole)

				9h30 Mot d'accueil
				10h00 Parcours n°1 : L'évaluation participative "La rue pour tous"
				11h00 Table ronde : les budgets participatifs
				""", new MeetingHeaderFinder(), new SessionFinder());
		MeetingFact main = d.meetings().get(0);
		var sessions = d.meetings().stream().filter((m) -> "session".equals(m.kind())).toList();
		assertThat(sessions).extracting(MeetingFact::title)
			.containsExactly("Mot d'accueil", "Parcours 1 : L'évaluation participative « La rue pour tous »",
					"Table ronde : les budgets participatifs");
		assertThat(sessions).allMatch((s) -> main.id().equals(s.partOfId()));
		assertThat(sessions).flatExtracting(MeetingFact::themeIds)
			.containsExactly("evaluation-participative", "budget-participatif");
		assertThat(sessions).allMatch((s) -> "session-line".equals(s.evidence().extractor()));
	}

	@Test
	void withoutAMeetingThereAreNoSessions() {
		ExtractedDocument d = found("""
				Table ronde : les budgets participatifs, un article de fond.
				""", new MeetingHeaderFinder(), new SessionFinder());
		assertThat(d.meetings()).isEmpty();
	}

}
