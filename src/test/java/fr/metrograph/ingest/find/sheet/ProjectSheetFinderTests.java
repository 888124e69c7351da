package fr.metrograph.ingest.find.sheet;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.ExtractedDocument;

import static fr.metrograph.ingest.find.FinderHarness.found;
import static org.assertj.core.api.Assertions.assertThat;

/** A consultancy's project sheet. */
class ProjectSheetFinderTests {

	@Test
	void aSheetGivesClientConsultancyPartnersDeliverablesThemesAndStatuses() {
		ExtractedDocument d = found("""
				Étude sur le budget participatif métropolitain

				Brest Métropole

				→ 2021

				Le GIE Passages a accompagné Brest Métropole dans la conception de son budget participatif.
				La collectivité est passée au statut de Métropole en 2015.

				Partenaires : Espelia, Consultvox

				Actions & livrables
				- Diagnostic des dispositifs existants
				- Animation d'un panel citoyen
				""", new ProjectSheetFinder());
		assertThat(d.projects()).singleElement().satisfies((p) -> {
			assertThat(p.clientId()).isEqualTo("brest");
			assertThat(p.consultancyId()).isEqualTo("gie-passages");
			assertThat(p.year()).isEqualTo(2021);
			assertThat(p.partnerIds()).containsExactly("espelia", "consultvox");
			assertThat(p.deliverables()).containsExactly("Diagnostic des dispositifs existants",
					"Animation d'un panel citoyen");
			assertThat(p.themeIds()).containsExactly("budget-participatif-metropolitain", "panel-citoyen");
			assertThat(p.evidence().extractor()).isEqualTo("project-sheet");
		});
		assertThat(d.engagements()).singleElement()
			.satisfies((e) -> assertThat(e.organizationId() + ">" + e.metropolisId()).isEqualTo("gie-passages>brest"));
		assertThat(d.partnerships()).hasSize(2);
		assertThat(d.statuses()).singleElement()
			.satisfies((s) -> assertThat(s.status() + "@" + s.year()).isEqualTo("Métropole@2015"));
	}

}
