package fr.metrograph.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor, measured on every hand-annotated document
 * ({@code src/test/resources/corpus} and {@code src/test/resources/gold}), must not fall
 * below the F1 floors set from its measured figures, and must invent no one in documents
 * that name no one.
 * <p>
 * <b>Raising the floors.</b> When the extractor improves, run
 * {@code ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=evaluate-extraction} (or
 * read this test's log), and set each floor a little under the new F1 (about 0.02 below,
 * rounded down to two decimals), in the same commit as the improvement. Never lower a
 * floor to make a change pass, and never edit an expectation to match the extractor (see
 * {@code src/test/resources/gold/README.md}).
 */
class ExtractionScoreTests {

	private static final Logger log = LoggerFactory.getLogger(ExtractionScoreTests.class);

	/**
	 * Floors of micro-averaged F1, set on 2026-11-24 from the extractor of commit 99e7367
	 * (measured: people 0.80, metropolises 0.98, organisations 0.85, communes 0.45, dated
	 * meetings 0.37, roles 0.63); metropolises and communes raised with the
	 * city/metropolis rule of issue #8 §3 (measured: metropolises 1.00, communes 0.87);
	 * all raised with the French NLP layer and the prose finders (issue #8 §1–2, measured
	 * on 2026-11-24: people 0.90, metropolises 1.00, organisations 0.85, communes 0.87,
	 * dated meetings 0.79, roles 0.63); dated meetings raised with agenda entries,
	 * postponed and cancelled events and the writing date (measured: 0.81), then with the
	 * "n°" rule, plural headings and the year of a dated article (measured: 0.87), then
	 * with date lines standing alone above their title's block (measured: 0.90 on the
	 * events branch); people and roles raised with the people finders' work on held-out
	 * documents (names with particles, tables without pipes, list blocks, one given-names
	 * gazetteer, reworded roles kept once; measured on 2026-11-24 at commit fd42356:
	 * people 0.95, roles 0.77). Both together measured at the integration of session 3.
	 * People, organisations and roles raised with the rules the held-out sets of
	 * 2026-11-25 showed (councils of development as organisations, list lines "Prénom Nom
	 * – fonction – structure", tables with separate name columns, titles that never hold
	 * another person's name; measured: people 0.96, organisations 0.92, roles 0.79).
	 * Communes raised with the gazetteer of the metropolises' communes (session 10,
	 * measured: 0.95).
	 */
	static final Map<EntityType, Double> F1_FLOORS = Map.of(EntityType.PEOPLE, 0.94, EntityType.METROPOLISES, 0.98,
			EntityType.ORGANIZATIONS, 0.90, EntityType.COMMUNES, 0.93, EntityType.MEETINGS, 0.86, EntityType.ROLES,
			0.77);

	private static EvaluationReport report;

	@BeforeAll
	static void evaluate() {
		report = new ExtractionEvaluation(Path.of("data/reference"))
			.evaluate(List.of(GoldCorpusTests.CORPUS, GoldCorpusTests.GOLD));
		log.info("\n{}", ReportText.render(report, 10, false));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(EntityType.class)
	void f1StaysAboveItsFloor(EntityType type) {
		Tally tally = report.totals().get(type);
		assertThat(tally).as(type.label()).isNotNull();
		assertThat(tally.f1()).as("F1 %s", type.label()).isPresent();
		assertThat(tally.f1().getAsDouble()).as("F1 %s (%s)", type.label(), tally)
			.isGreaterThanOrEqualTo(F1_FLOORS.get(type));
	}

	@Test
	void noPersonIsInventedInDocumentsThatNameNone() {
		assertThat(report.namingNoOne()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(report.namingNoOne()).allSatisfy((d) -> assertThat(d.invented()).as(d.gold().fileName()).isEmpty());
	}

	@Test
	void everyDocumentIsReadable() {
		assertThat(report.documents()).allSatisfy((d) -> assertThat(d.readError()).as(d.gold().fileName()).isNull());
	}

}
