package fr.metrograph.ingest.find.prose;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.metrograph.ingest.DocumentExtractor;
import fr.metrograph.ingest.model.DocumentKind;
import fr.metrograph.ingest.model.ExtractedDocument;
import fr.metrograph.ingest.model.ExtractionHints;
import fr.metrograph.ingest.model.Facts.Capacity;
import fr.metrograph.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prose finders in the pipeline: a news article read by the extractor with the French
 * NLP annotator, as the service and the evaluation read it. The expected facts were
 * written before the extractor ran.
 */
class ProsePipelineTests {

	private static DocumentExtractor extractor;

	@BeforeAll
	static void load() throws IOException {
		Path dir = Path.of("data/reference");
		extractor = DocumentExtractor.withFrenchNlp(dir, ReferenceData.load(dir));
	}

	private static ExtractedDocument extract(String text) {
		List<ExtractedDocument> docs = extractor.extract("article.txt", text, ExtractionHints.none());
		assertThat(docs).hasSize(1);
		return docs.get(0);
	}

	@Test
	void aNewsArticleGivesItsPeopleTheirRolesAndTheEventItTells() {
		ExtractedDocument d = extract(
				"""
						Accueil > Actualités > Participation

						Budget participatif : les métropoles comparent leurs méthodes

						Publié le 18 mars 2022

						Le séminaire des agents s'est tenu le 14 mars 2022 à Nantes, dans les locaux de Nantes Métropole. Wenceslas Perrichon, chargé de mission démocratie participative à Nantes Métropole, a présenté le bilan de la troisième édition.

						Pour Mme Solène Marchal, vice-présidente de Rennes Métropole en charge de la participation citoyenne, « le tirage au sort change la donne ». Fulvio Bertolucci, Yaël Cohen-Solal et Mathurin Kerjean, élus de la Métropole de Lyon, ont participé aux échanges.

						Partager : Facebook Twitter LinkedIn
						""");
		assertThat(d.people()).extracting((p) -> p.name())
			.containsExactlyInAnyOrder("Wenceslas Perrichon", "Solène Marchal", "Fulvio Bertolucci", "Yaël Cohen-Solal",
					"Mathurin Kerjean");
		assertThat(d.people()).allSatisfy((p) -> assertThat(p.evidence().extractor()).startsWith("prose-"));
		assertThat(d.meetings()).singleElement().satisfies((m) -> {
			assertThat(m.startDate()).isEqualTo(LocalDate.of(2022, 3, 14));
			assertThat(m.place()).isEqualTo("Nantes");
		});
		assertThat(d.attendance()).anySatisfy((a) -> {
			assertThat(a.personId()).contains("perrichon");
			assertThat(a.capacity()).isEqualTo(Capacity.SPEAKER);
		});
	}

	@Test
	void aPageThatNamesNoOneGivesNoOneAndAPublicationDateIsNoMeeting() {
		ExtractedDocument d = extract(
				"""
						Accueil > Agenda

						Mis à jour le 3 février 2023

						La Métropole de Lyon lance une grande consultation sur les mobilités. Les habitants peuvent déposer leurs contributions en ligne jusqu'au 30 avril 2023. Rendez-vous place Bellecour et rue de la République pour découvrir l'exposition.
						""");
		assertThat(d.people()).isEmpty();
		assertThat(d.meetings()).isEmpty();
	}

	@Test
	void anAnnualSummaryThatCountsAndDatesItsMeetingsHasEachMeetingOnce() {
		String text = """
				Résumé annuel 2021 du groupe des agent·es

				En chiffres : 4 réunions, dont 3 en visio et 1 en présentiel.

				Le groupe s'est réuni en visio le 26 janvier sur la participation en temps de crise. Le 16/03, la réunion sur les budgets participatifs a réuni 31 agent·es. En juin, le groupe a tenu une journée en présentiel à Dijon, accueillie par Dijon Métropole.

				Et pour 2022 ? Le groupe souhaite se réunir plus souvent.
				""";
		List<ExtractedDocument> docs = extractor.extract("bilan.txt", text, ExtractionHints.none());
		assertThat(docs).singleElement().satisfies((d) -> {
			assertThat(d.kind().code()).isEqualTo("annual_summary");
			// three dated meetings stand for three of the four counted ones: one remote
			// meeting stays counted without a date
			assertThat(d.meetings()).filteredOn((m) -> m.startDate() != null)
				.extracting((m) -> m.startDate().toString())
				.containsExactlyInAnyOrder("2021-01-26", "2021-03-16", "2021-06-01");
			assertThat(d.meetings()).filteredOn((m) -> m.startDate() == null)
				.singleElement()
				.satisfies((m) -> assertThat(m.kind()).isEqualTo("group_meeting"));
			assertThat(d.meetings()).hasSize(4).allSatisfy((m) -> assertThat(m.groupId()).isNotNull());
		});
	}

	@Test
	void aCaptionThatDatesAMeetingByItsMonthIsTheMeetingTheTextDatesToTheDay() {
		ExtractedDocument d = extract(
				"""
						Les 7 et 8 octobre 2021, les Rencontres annuelles des agent·es se sont tenues à Clermont-Ferrand, à l'invitation de Clermont Auvergne Métropole. Elles ont réuni 48 personnes.

						Photo : les Rencontres de Clermont-Ferrand, octobre 2021 © Clermont Auvergne Métropole
						""");
		assertThat(d.meetings()).singleElement()
			.satisfies((m) -> assertThat(m.startDate()).isEqualTo(LocalDate.of(2021, 10, 7)));
	}

	@Test
	void aCouncilSittingIsNoMeeting() {
		ExtractedDocument d = extract(
				"""
						Le conseil municipal s'est réuni en séance publique le 16 juin 2022 pour voter le budget. Le lendemain, le 17 juin 2022, l'atelier des agent·es s'est tenu à Nancy.
						""");
		assertThat(d.meetings()).extracting((m) -> m.startDate()).containsExactly(LocalDate.of(2022, 6, 17));
	}

	@Test
	void aProjectSheetsProseGivesTheGatheringsItDates() {
		ExtractedDocument d = extract(
				"""
						FICHE EXPÉRIENCE N° 17

						Porteur : Bordeaux Métropole
						Partenaires : Missions Publiques (conception et animation)

						Le dispositif
						Lors de la réunion publique de lancement, le 18 janvier 2024 au Pin Galant de Mérignac, la vice-présidente de Bordeaux Métropole Joëlle Nkemdirim-Barthe a pris trois engagements devant quelque 300 personnes.
						""");
		assertThat(d.kind()).isEqualTo(DocumentKind.PROJECT_SHEET);
		assertThat(d.meetings()).extracting((m) -> m.startDate()).contains(LocalDate.of(2024, 1, 18));
	}

}
