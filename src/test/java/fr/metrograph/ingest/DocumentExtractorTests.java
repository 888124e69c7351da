package fr.metrograph.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/** The extraction entry point: split, annotate, find. */
class DocumentExtractorTests {

	private static ReferenceData reference;

	@BeforeAll
	static void load() throws IOException {
		reference = ReferenceData.load(Path.of("data/reference"));
	}

	@Test
	void aTextWithNoEntityIsStillADocumentWithAWarning() {
		var docs = new DocumentExtractor(reference).extract("x.txt", "Quelques mots sans entité.\n",
				ExtractionHints.none());
		assertThat(docs).singleElement()
			.satisfies((d) -> assertThat(d.warnings()).contains("Aucune entité reconnue dans ce document"));
	}

	@Test
	void everyFactSaysWhichFinderReadItAndHowSureItIs() {
		ExtractedDocument d = new DocumentExtractor(reference).extract("x.txt", """
				Compte rendu de la réunion du 12 mars 2024, en visioconférence

				Présent·es :
				- Jeanne DUPONT, chargée de mission (Rennes Métropole)

				Excusé·es : Paul MARTIN (Nantes Métropole)
				""", ExtractionHints.none()).get(0);
		assertThat(d.people()).isNotEmpty().allSatisfy((p) -> assertThat(p.evidence().attributed()).isTrue());
		assertThat(d.attendance()).isNotEmpty().allSatisfy((a) -> assertThat(a.evidence().attributed()).isTrue());
		assertThat(d.roles()).isNotEmpty().allSatisfy((r) -> assertThat(r.evidence().attributed()).isTrue());
		assertThat(d.meetings()).isNotEmpty().allSatisfy((m) -> assertThat(m.evidence().attributed()).isTrue());
		assertThat(d.metropolises()).isNotEmpty().allSatisfy((m) -> assertThat(m.evidence().attributed()).isTrue());
		assertThat(d.participations()).allSatisfy((p) -> assertThat(p.evidence().attributed()).isTrue());
		assertThat(d.people()).filteredOn((p) -> p.name().equals("Jeanne Dupont"))
			.singleElement()
			.satisfies((p) -> assertThat(p.evidence().extractor()).isEqualTo("list-block"));
		assertThat(d.people()).filteredOn((p) -> p.name().equals("Paul Martin"))
			.singleElement()
			.satisfies((p) -> assertThat(p.evidence().extractor()).isEqualTo("inline-list"));
	}

	@Test
	void aCouncilsRegisterIsADeliberationWithItsCouncillorsAndNoMeeting() {
		ExtractedDocument d = new DocumentExtractor(reference).extract("x.txt", """
				MÉTROPOLE DU GRAND NANCY

				EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE LA MÉTROPOLE

				Séance du jeudi 23 juin 2022

				Objet : DÉMOCRATIE PARTICIPATIVE - ADHÉSION AU RÉSEAU
				DES MÉTROPOLES PARTICIPATIVES
				Le Conseil de la Métropole, régulièrement convoqué, s'est réuni le 23 juin 2022.

				Présents : M. Émeric VAUTRIN, Président, Mme Sonia ABDELLI, M. Karim BENHADDOU

				Secrétaire de séance : M. Bastien OBERLÉ
				""", ExtractionHints.none()).get(0);
		assertThat(d.kind()).isEqualTo(DocumentKind.DELIBERATION);
		assertThat(d.title()).isEqualTo("DÉMOCRATIE PARTICIPATIVE - ADHÉSION AU RÉSEAU DES MÉTROPOLES PARTICIPATIVES");
		assertThat(d.people()).extracting((p) -> p.name()).contains("Émeric Vautrin", "Bastien Oberlé");
		assertThat(d.meetings()).isEmpty();
	}

	@Test
	void anInvitationWithItsProgrammeIsKnownAsATextAndMinutesWithoutAListAsAReport() {
		DocumentExtractor extractor = new DocumentExtractor(reference);
		ExtractedDocument invitation = extractor.extract("x.txt", """
				Objet : Invitation – séminaire des agent·es du jeudi 3 avril 2025 à Rennes

				Bonjour à toutes et tous,

				Le séminaire des agent·es aura lieu le jeudi 3 avril 2025 à Rennes.
				9h30 – Accueil café
				10h00 – Ouverture par Jeanne DUPONT (Rennes Métropole)
				11h00 – Ateliers
				12h30 – Déjeuner
				Merci de confirmer votre présence avant le 20 mars.
				""", ExtractionHints.none()).get(0);
		ExtractedDocument minutes = extractor.extract("x.txt", """
				Comité de pilotage du réseau – Relevé de décisions
				Séance du jeudi 12 janvier 2023, de 14h à 16h30, à Paris

				Ordre du jour : bilan 2022 du réseau.

				Jeanne DUPONT (Rennes Métropole) présente le bilan 2022, qui est validé.
				""", ExtractionHints.none()).get(0);
		ExtractedDocument page = extractor.extract("x.txt", """
				Les élus

				Jeanne DUPONT
				Vice-présidente de Rennes Métropole, en charge de la participation

				Mis à jour le 12 mars 2025
				""", ExtractionHints.none()).get(0);
		assertThat(invitation.meetings()).isNotEmpty();
		assertThat(invitation.kind()).isEqualTo(DocumentKind.PROSE);
		assertThat(minutes.kind()).isEqualTo(DocumentKind.MEETING_REPORT);
		assertThat(page.kind()).isEqualTo(DocumentKind.PROSE);
	}

	@Test
	void anAnnotatorRunsOnEachDocumentBeforeTheFinders() {
		StringBuilder seen = new StringBuilder();
		new DocumentExtractor(reference, java.util.List.of((part, into) -> seen.append(part.part()))).extract("x.txt",
				"Texte.\n", null);
		assertThat(seen).hasToString("1");
	}

}
