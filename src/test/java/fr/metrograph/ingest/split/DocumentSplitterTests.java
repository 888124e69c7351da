package fr.metrograph.ingest.split;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractionHints;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting a file into documents, and deciding once each one's kind, group and year. */
class DocumentSplitterTests {

	private static final String TWO_SUMMARIES = "Résumé annuel du groupe\n\nQui est dans le groupe en 2025 ?\na\nb\nc\nd\ne\nf\ng\nh\n\nRésumé annuel\n\nEt pour 2025 ?\nx\ny\nz\n";

	@Test
	void aRepeatedReportTitleStartsANewDocumentKeepingFileLineNumbers() {
		List<DocumentPart> parts = DocumentSplitter.parts(TWO_SUMMARIES, ExtractionHints.none());
		assertThat(parts).hasSize(2);
		assertThat(parts.get(1).lines().first()).isEqualTo(13);
		assertThat(parts).extracting(DocumentPart::part).containsExactly(1, 2);
		assertThat(parts).extracting(DocumentPart::kind).containsOnly(DocumentKind.ANNUAL_SUMMARY);
	}

	@Test
	void plansForAYearDateTheSummaryTheYearBefore() {
		DocumentPart second = DocumentSplitter.parts(TWO_SUMMARIES, ExtractionHints.none()).get(1);
		assertThat(second.year()).isEqualTo(2024);
	}

	@Test
	void aHeadingThatContradictsTheStrongerSignalsIsAYearConflict() {
		String text = "Résumé annuel\n\nQui est dans le groupe en 2025 ?\n\nEn 2024, nous avons travaillé.\n\nEt pour 2025 ?\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.year()).isEqualTo(2024);
		assertThat(part.conflicts()).singleElement().satisfies((c) -> {
			assertThat(c.type()).isEqualTo("year_conflict");
			assertThat(c.evidence().extractor()).isEqualTo(Years.EXTRACTOR);
			assertThat(c.evidence().confidence()).isLessThan(1.0);
		});
	}

	@Test
	void theCuratorsYearWinsAndIsRecordedAsCurated() {
		String text = "Résumé annuel\n\nEn 2024, nous avons travaillé.\n";
		DocumentPart part = DocumentSplitter.parts(text, new ExtractionHints(Map.of(1, 2023))).get(0);
		assertThat(part.year()).isEqualTo(2023);
		assertThat(part.conflicts()).singleElement().satisfies((c) -> {
			assertThat(c.resolution()).contains("corrigé par la curation");
			assertThat(c.evidence().extractor()).isEqualTo("curation");
			assertThat(c.evidence().confidence()).isEqualTo(1.0);
		});
	}

	@Test
	void aReportsYearIsTheYearOfTheMeetingItReportsNotOfItsPublication() {
		String text = "Compte rendu\nPublié le 2 janvier 2024\n\nRéunion du 5 décembre 2023 en visioconférence\n\nPrésent·es :\nJeanne DUPONT (Rennes Métropole)\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.kind()).isEqualTo(DocumentKind.MEETING_REPORT);
		assertThat(part.aboutMeeting()).isTrue();
		assertThat(part.mainDate().start()).hasToString("2023-12-05");
		assertThat(part.year()).isEqualTo(2023);
	}

	@Test
	void anArticleThatTellsNoMeetingIsDatedByItsPublication() {
		String text = "Par Anne Martin — publié le 3 mars 2021\n\nLa participation progresse. Une réunion aura lieu le 4 mai 2022.\n";
		DocumentPart part = DocumentSplitter.parts(text, ExtractionHints.none()).get(0);
		assertThat(part.kind()).isEqualTo(DocumentKind.PROSE);
		assertThat(part.aboutMeeting()).isFalse();
		assertThat(part.year()).isEqualTo(2021);
	}

	@Test
	void aProgrammeIsTimeSlotsWithoutAttendanceList() {
		String text = "Programme\n\n9h30 Accueil\n10h00 Ouverture\n11h00 Atelier\n";
		assertThat(DocumentSplitter.parts(text, null).get(0).layout().programme()).isTrue();
	}

	@Test
	void theGroupIsTheOneTheDocumentSpeaksOfClearly() {
		assertThat(Groups.detect(TextLines.of("Rencontre des élu·es\nles élus"), 1)).isEqualTo(Groups.ELUS);
		assertThat(Groups.detect(TextLines.of("Rencontres 2025\nTable ronde des élu·es\nAtelier des agent·es"), 1))
			.isNull();
	}

	@Test
	void anEmptyTextIsOneEmptyDocument() {
		assertThat(DocumentSplitter.parts("", null)).singleElement().satisfies((p) -> assertThat(p.year()).isNull());
	}

}
