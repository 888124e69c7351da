package fr.metrograph.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Micro-averaging over documents, the worst documents and the French report. */
class EvaluationReportTests {

	@Test
	void totalsAreMicroAveragesNotMeansOfDocumentFigures() {
		// doc a: people 1/0/1 (F1 2/3); doc b: people 3/1/0 (F1 6/7)
		// micro: 4/1/1, P = R = F1 = 4/5; the mean of the two F1 would be 0.76
		EvaluationReport report = new EvaluationReport(List.of(score("a.txt", "corpus", new Tally(1, 0, 1), List.of()),
				score("b.txt", "gold", new Tally(3, 1, 0), List.of())), 10);
		Tally people = report.totals().get(EntityType.PEOPLE);
		assertThat(people).isEqualTo(new Tally(4, 1, 1));
		assertThat(people.f1().getAsDouble()).isCloseTo(0.8, within(1e-9));
		assertThat(report.byFolder().keySet()).containsExactly("corpus", "gold");
		assertThat(report.worst(1)).extracting((d) -> d.gold().fileName()).containsExactly("a.txt");
	}

	@Test
	void theReportIsInFrenchAndCountsInventedPeople() {
		DocumentScore none = new DocumentScore(
				new GoldDocument(Path.of("vide.txt"), "gold", "web_page", null, "prose", List.of(), List.of(),
						List.of(), List.of(), List.of(), List.of()),
				Map.of(EntityType.PEOPLE, new Tally(0, 1, 0)), Map.of(),
				Map.of(EntityType.PEOPLE, List.of("Madame Présidente")), null, "meeting_report",
				List.of("Madame Présidente"), DocumentScore.MeetingDetails.NONE, null);
		EvaluationReport report = new EvaluationReport(List.of(none), 1500);
		assertThat(report.inventedPeople()).isEqualTo(1);
		String text = ReportText.render(report, 5, true);
		assertThat(text).contains("Évaluation de l'extraction : 1 documents (gold 1), extraction en 1,5 s")
			.contains("Personnes inventées dans les documents qui ne nomment personne : 1 (1 documents) — "
					+ "vide.txt : Madame Présidente")
			.contains("+ personnes : Madame Présidente")
			.contains("Type de document juste : 0/1")
			.contains("type : attendu prose, trouvé meeting_report")
			.containsPattern("personnes\\s+0,00\\s+—\\s+0,00");
	}

	private static DocumentScore score(String file, String folder, Tally people, List<String> invented) {
		GoldDocument gold = new GoldDocument(Path.of(file), folder, "minutes", 2024, null, List.of(), List.of(),
				List.of(), null, List.of(), List.of());
		return new DocumentScore(gold, Map.of(EntityType.PEOPLE, people), Map.of(), Map.of(), 2024, null, invented,
				DocumentScore.MeetingDetails.NONE, null);
	}

}
