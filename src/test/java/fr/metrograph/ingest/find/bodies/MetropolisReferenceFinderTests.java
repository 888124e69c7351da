package fr.metrograph.ingest.find.bodies;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/** "la Métropole" alone: resolved only when the document names one metropolis. */
class MetropolisReferenceFinderTests {

	@Test
	void inADocumentAboutOneMetropolisItIsThatOneAndNothingIsLeftToReview() {
		ExtractedDocument d = found("""
				Rennes Métropole lance sa convention citoyenne. La Métropole réunira 80 habitants tirés au sort.
				""", new BodyMentionFinder(), new MetropolisReferenceFinder());
		assertThat(d.unresolved()).isEmpty();
	}

	@Test
	void inADocumentAboutSeveralItStaysUnresolvedWithTheCandidates() {
		ExtractedDocument d = found("""
				Rennes Métropole et Nantes Métropole ont présenté leurs démarches.
				La Métropole a rappelé son attachement au dialogue citoyen. Pour la Métropole, c'est une priorité.
				""", new BodyMentionFinder(), new MetropolisReferenceFinder());
		assertThat(d.unresolved()).singleElement().satisfies((u) -> {
			assertThat(u.kind()).isEqualTo("metropolis");
			assertThat(u.text()).isEqualTo("la Métropole");
			assertThat(u.candidates()).containsExactlyInAnyOrder("rennes", "nantes");
			assertThat(u.reason()).contains("2 occurrences");
			assertThat(u.evidence().extractor()).isEqualTo("metropolis-reference");
		});
	}

	@Test
	void inADocumentThatNamesNoneItStaysUnresolvedWithoutCandidate() {
		ExtractedDocument d = found("""
				Note interne. La Métropole souhaite évaluer ses dispositifs de participation.
				""", new BodyMentionFinder(), new MetropolisReferenceFinder());
		assertThat(d.unresolved()).singleElement().satisfies((u) -> assertThat(u.candidates()).isEmpty());
	}

	@Test
	void theStartOfALongerNameIsNoMentionOfItsOwn() {
		ExtractedDocument d = found("""
				La Métropole de Lyon et la Métropole Européenne de Lille, puis la métropole au sens géographique.
				""", new BodyMentionFinder(), new MetropolisReferenceFinder());
		assertThat(d.unresolved()).isEmpty();
	}

}
